// One writer at a time for a directory, across async callers in this process and across processes.
// In-process callers queue on a promise chain; processes race on creating a lock file with 'wx',
// which the OS grants to exactly one of them.
import { mkdir, open, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const LOCK_FILE = '.lock';
const STALE_MS = 30_000;
const GIVE_UP_MS = 15_000;
const chains = new Map<string, Promise<unknown>>();

export async function withDirLock<T>(directory: string, fn: () => Promise<T>): Promise<T> {
  const dir = resolve(directory);
  const previous = chains.get(dir) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => withLockFile(join(dir, LOCK_FILE), fn));
  chains.set(dir, next);
  try {
    return await next;
  } finally {
    if (chains.get(dir) === next) chains.delete(dir);
  }
}

async function withLockFile<T>(path: string, fn: () => Promise<T>): Promise<T> {
  await mkdir(dirname(path), { recursive: true });
  await acquire(path);
  try {
    return await fn();
  } finally {
    await unlink(path).catch(() => undefined);
  }
}

async function acquire(path: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    // A holder that crashed leaves its lock behind; after a while it is safe to break it.
    const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > STALE_MS) await unlink(path).catch(() => undefined);
    if (Date.now() - started > GIVE_UP_MS) throw new Error(`could not lock ${path}: held by another process for over ${GIVE_UP_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
}

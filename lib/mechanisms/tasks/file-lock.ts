// One writer at a time for a directory, across async callers in this process and across processes.
// In-process callers queue on a promise chain; processes race on creating a lock file with 'wx',
// which the OS grants to exactly one of them. The lock file names its holder (PID and a fresh token).
import { randomUUID } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { STALE_MS, breakLock, isStale, lockContent, readLock, releaseLock } from './stale-lock';

const LOCK_FILE = '.lock';
/** Longer than STALE_MS, so a waiter outlasts any lock that can go stale before it gives up. */
const GIVE_UP_MS = 3 * STALE_MS;
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
  const content = lockContent(randomUUID());
  await acquire(path, content);
  try {
    return await fn();
  } finally {
    await releaseLock(path, content);
  }
}

async function acquire(path: string, content: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(content);
      await handle.close();
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const held = await readLock(path);
    if (held && isStale(held)) await breakLock(path, held);
    if (Date.now() - started > GIVE_UP_MS) {
      const holder = held?.content.split(' ')[0];
      throw new Error(`could not lock ${path}: held by ${holder ? `process ${holder}` : 'another process'} for over ${GIVE_UP_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
}

// Breaking the lock of a holder that died (see file-lock.ts). The lock file names its holder's PID; it is
// stale once that process is gone. Of several waiters that judge it stale at once, only one breaks it.
import { randomUUID } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';

/** A lock without a readable PID (its holder died between creating and writing it) is stale after this. */
export const STALE_MS = 10_000;

/** What a waiter saw in a lock file: enough to recognise that same file after moving it. */
export interface LockSeen { holder: string; ino: number; mtimeMs: number }

export async function readLock(path: string): Promise<LockSeen | null> {
  try {
    const handle = await open(path, 'r');
    try {
      const [holder, stats] = await Promise.all([handle.readFile('utf8'), handle.stat()]);
      return { holder: holder.trim(), ino: stats.ino, mtimeMs: stats.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null; // released meanwhile
    throw err;
  }
}

export function isStale(lock: LockSeen): boolean {
  const pid = Number(lock.holder);
  if (lock.holder === '' || !Number.isInteger(pid) || pid <= 0) return Date.now() - lock.mtimeMs > STALE_MS;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'; // EPERM: alive, just not ours to signal
  }
}

/**
 * Move the stale lock aside under a unique name: of several waiters that judged it stale, one moves it.
 * A waiter that was too late may have moved the fresh lock of the one that won: it puts that lock back
 * (link, unlike rename, never replaces a lock a third waiter took in that instant).
 */
export async function breakLock(path: string, stale: LockSeen): Promise<void> {
  const aside = `${path}.${process.pid}.${randomUUID()}.stale`;
  try {
    await rename(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const moved = await readLock(aside);
  const same = moved?.holder === stale.holder && moved.ino === stale.ino && moved.mtimeMs === stale.mtimeMs;
  if (!same) {
    await link(aside, path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  }
  await unlink(aside);
}

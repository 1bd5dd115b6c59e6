// Breaking the lock of a holder that died (see file-lock.ts). The lock file reads `<pid> <token>`: the
// PID says whether its holder still lives, the token (new for every acquisition) tells one acquisition
// from the next, so a waiter never removes a lock other than the one it judged stale.
import { open, stat, unlink } from 'node:fs/promises';

/** A breaker file older than this was left by a waiter that died mid-break; a lock without a PID, too. */
export const STALE_MS = 10_000;

/** The lock's contents for one acquisition by this process. */
export function lockContent(token: string): string {
  return `${process.pid} ${token}`;
}

/** What a lock file says, or null when there is none (released meanwhile). */
export async function readLock(path: string): Promise<{ content: string; mtimeMs: number } | null> {
  try {
    const handle = await open(path, 'r');
    try {
      const [content, stats] = await Promise.all([handle.readFile('utf8'), handle.stat()]);
      return { content: content.trim(), mtimeMs: stats.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Whether the lock's holder is gone. This process never waits for a lock it holds itself (its callers
 * queue in memory first), so a lock naming our own PID was left by an earlier process that had it.
 */
export function isStale(lock: { content: string; mtimeMs: number }): boolean {
  const pid = Number(lock.content.split(' ')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - lock.mtimeMs > STALE_MS;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'; // EPERM: alive, just not ours to signal
  }
}

/**
 * Remove the lock if it still is the stale one seen (same contents). Breakers take turns through a
 * `.break` file, so between re-reading the lock and removing it no other waiter can break and retake it.
 */
export async function breakLock(path: string, stale: { content: string }): Promise<void> {
  const breaker = `${path}.break`;
  try {
    await (await open(breaker, 'wx')).close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const age = await stat(breaker).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > STALE_MS) await unlink(breaker).catch(() => undefined);
    return; // another waiter is breaking it; try the lock again
  }
  try {
    const now = await readLock(path);
    if (now?.content === stale.content) await unlink(path).catch(() => undefined);
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

/** Release: remove the lock only while it is still ours (it never is anyone else's, but say so in code). */
export async function releaseLock(path: string, content: string): Promise<void> {
  const now = await readLock(path);
  if (now?.content === content) await unlink(path).catch(() => undefined);
}

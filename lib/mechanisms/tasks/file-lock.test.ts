import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withDirLock } from './file-lock';
import { breakLock, isStale, readLock } from './stale-lock';

let root: string;
let dir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'file-lock-'));
  dir = join(root, '.tasks');
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill();
  await rm(root, { recursive: true, force: true });
});

/** The PID of a process that has already exited. */
function deadPid(): number {
  return spawnSync('true').pid!;
}

/** A lock file as a holder with `pid` leaves it, last touched `ageMs` ago. */
async function leaveLock(pid: number, ageMs: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, '.lock'), String(pid));
  const then = new Date(Date.now() - ageMs);
  await utimes(join(dir, '.lock'), then, then);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('withDirLock', () => {
  it('breaks at once a lock whose holder process is gone, however fresh it is', async () => {
    await leaveLock(deadPid(), 0);
    const started = Date.now();
    expect(await withDirLock(dir, async () => 'locked')).toBe('locked');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await readdir(dir)).filter((f) => f.startsWith('.lock'))).toEqual([]);
  }, 5_000);

  it('never breaks the lock of a live holder, however old it is', async () => {
    const holder = spawn('sleep', ['30']);
    children.push(holder);
    await leaveLock(holder.pid!, 60_000);
    let ran = false;
    const waiting = withDirLock(dir, async () => {
      ran = true;
    });
    await sleep(300);
    expect(ran).toBe(false);
    await rm(join(dir, '.lock'));
    await waiting;
    expect(ran).toBe(true);
  });

  it('a waiter that judged a lock stale leaves alone the fresh lock another waiter took meanwhile', async () => {
    await leaveLock(deadPid(), 0);
    const path = join(dir, '.lock');
    const stale = (await readLock(path))!;
    expect(isStale(stale)).toBe(true);
    // Meanwhile another waiter broke the stale lock and took the lock itself.
    const winner = spawn('sleep', ['30']);
    children.push(winner);
    await rm(path);
    await leaveLock(winner.pid!, 0);
    await breakLock(path, stale);
    expect(await readFile(path, 'utf8')).toBe(String(winner.pid));
    expect(await readdir(dir)).toEqual(['.lock']);
  });

  it('of two waiters breaking the same stale lock, one moves it aside and the other finds it gone', async () => {
    await leaveLock(deadPid(), 0);
    const path = join(dir, '.lock');
    const stale = (await readLock(path))!;
    await Promise.all([breakLock(path, stale), breakLock(path, stale)]);
    expect(await readdir(dir)).toEqual([]);
  });
});

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withDirLock } from './file-lock';
import { breakLock, isStale, readLock, releaseLock } from './stale-lock';

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
async function leaveLock(pid: number, ageMs: number, token = 'left-behind'): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, '.lock');
  await writeFile(path, `${pid} ${token}`);
  const then = new Date(Date.now() - ageMs);
  await utimes(path, then, then);
  return path;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const lockFiles = async () => (await readdir(dir)).filter((f) => f.startsWith('.lock')).sort();

describe('withDirLock', () => {
  it('breaks a lock whose holder process is gone, however fresh it is', async () => {
    const path = await leaveLock(deadPid(), 0);
    expect(isStale((await readLock(path))!)).toBe(true);
    expect(await withDirLock(dir, async () => 'locked')).toBe('locked');
    expect(await lockFiles()).toEqual([]);
  });

  it('breaks a lock naming this very process: an earlier process with the same PID left it', async () => {
    const path = await leaveLock(process.pid, 0);
    expect(isStale((await readLock(path))!)).toBe(true);
    expect(await withDirLock(dir, async () => 'locked')).toBe('locked');
  });

  it('never breaks the lock of a live holder, however old it is', async () => {
    const holder = spawn('sleep', ['30']);
    children.push(holder);
    const path = await leaveLock(holder.pid!, 60_000);
    expect(isStale((await readLock(path))!)).toBe(false);
    let ran = false;
    const waiting = withDirLock(dir, async () => {
      ran = true;
    });
    await sleep(300);
    expect(ran).toBe(false);
    await rm(path);
    await waiting;
    expect(ran).toBe(true);
  });
});

describe('breakLock', () => {
  it('a waiter that judged a lock stale leaves alone the fresh lock another waiter took meanwhile', async () => {
    const path = await leaveLock(deadPid(), 0);
    const stale = (await readLock(path))!;
    expect(isStale(stale)).toBe(true);
    const winner = spawn('sleep', ['30']);
    children.push(winner);
    await leaveLock(winner.pid!, 0, 'fresh');
    await breakLock(path, stale);
    expect(await readFile(path, 'utf8')).toBe(`${winner.pid} fresh`);
    expect(await lockFiles()).toEqual(['.lock']);
  });

  it('while another waiter is breaking the lock, it leaves the lock to that waiter', async () => {
    const path = await leaveLock(deadPid(), 0);
    await writeFile(`${path}.break`, '');
    await breakLock(path, (await readLock(path))!);
    expect(await lockFiles()).toEqual(['.lock', '.lock.break']);
  });

  it('a breaker file left by a waiter that died mid-break is cleared after a while', async () => {
    const path = await leaveLock(deadPid(), 0);
    await writeFile(`${path}.break`, '');
    const then = new Date(Date.now() - 60_000);
    await utimes(`${path}.break`, then, then);
    const stale = (await readLock(path))!;
    await breakLock(path, stale);
    await breakLock(path, stale);
    expect(await lockFiles()).toEqual([]);
  });

  it('of two waiters breaking the same stale lock at once, the lock is removed and nothing is left', async () => {
    const path = await leaveLock(deadPid(), 0);
    const stale = (await readLock(path))!;
    await Promise.all([breakLock(path, stale), breakLock(path, stale)]);
    await breakLock(path, stale);
    expect(await lockFiles()).toEqual([]);
  });
});

describe('releaseLock', () => {
  it('removes the lock only while it is still the releasing holder\'s', async () => {
    const path = await leaveLock(process.pid, 0, 'mine');
    await releaseLock(path, `${process.pid} someone-else`);
    expect(await lockFiles()).toEqual(['.lock']);
    await releaseLock(path, `${process.pid} mine`);
    expect(await lockFiles()).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingSink } from '../testing/loop-state';
import { isProcessAlive as isAlive } from '../../agent/testing/processes';
import { until } from '../../agent/testing/until';
import { liveGroupMembers } from '../testing/process-table';
import { BackgroundManager } from './background-manager';
import { formatResults } from './notification-queue';

const dirs: string[] = [];
const managers: BackgroundManager[] = [];

function setup(options: { timeoutMs?: number } = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'bg-test-'));
  dirs.push(cwd);
  const sink = recordingSink();
  const run = new AbortController();
  const bg = new BackgroundManager({ cwd, sink, signal: run.signal, outputIntervalMs: 20, ...options });
  managers.push(bg);
  return { bg, sink, run, cwd };
}

afterEach(async () => {
  await Promise.all(managers.splice(0).map((m) => m.dispose()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Whether `check` holds within a second (checked every 10 ms). */
async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  return check();
}

describe('BackgroundManager', () => {
  it('runs commands side by side and queues their results in the order they finished', async () => {
    const { bg, sink } = setup();
    const slow = bg.run('sleep 0.9; echo slow');
    const fast = bg.run('sleep 0.3; echo fast');
    const mid = bg.run('sleep 0.6; echo mid');
    // All three are running at once: none waits for another to start.
    expect(bg.running().map((j) => j.id)).toEqual([slow.id, fast.id, mid.id]);
    await Promise.all([slow.finished, fast.finished, mid.finished]);

    const drained = bg.queue.drain();
    expect(drained.map((r) => r.id)).toEqual([fast.id, mid.id, slow.id]);
    expect(formatResults(drained)).toBe(
      '<background-results>\n[bg:2] completed: fast\n[bg:3] completed: mid\n[bg:1] completed: slow\n</background-results>',
    );
    expect(bg.queue.drain()).toEqual([]);
    expect(sink.ofType('bg.finished').map((e) => e.actor)).toEqual(['bg:2', 'bg:3', 'bg:1']);
    expect(sink.ofType('queue.enqueued').map((e) => [e.actor, e.id])).toEqual([['main', '2'], ['main', '3'], ['main', '1']]);
  });

  it('reports a failing command as failed with its exit code', async () => {
    const { bg } = setup();
    const job = bg.run('echo "no such file" >&2; exit 3');
    await job.finished;
    expect(job.status).toBe('failed');
    expect(job.exitCode).toBe(3);
    expect(formatResults(bg.queue.drain())).toBe('<background-results>\n[bg:1] failed: exit code 3; no such file\n</background-results>');
  });

  it('kills a process that outlives its timeout, its whole group, and says so', async () => {
    const { bg } = setup({ timeoutMs: 800 });
    const job = bg.run('sleep 20 & sleep 20');
    expect(await eventually(() => liveGroupMembers(job.pid).length >= 2)).toBe(true);
    await job.finished;
    expect(job.status).toBe('timeout');
    expect(formatResults(bg.queue.drain())).toContain('[bg:1] timeout: killed after the time limit; ');
    expect(await eventually(() => liveGroupMembers(job.pid).length === 0)).toBe(true);
  });

  it('keeps at most 50 000 characters of output and puts 500 into the notification', async () => {
    const { bg, sink } = setup();
    const job = bg.run("head -c 60000 /dev/zero | tr '\\0' x");
    await job.finished;
    expect(job.output.startsWith('x'.repeat(50_000))).toBe(true);
    expect(job.output).toContain('[output truncated: 10000 more characters not shown]');
    const line = formatResults(bg.queue.drain()).split('\n')[1];
    expect(line).toBe(`[bg:1] completed: ${'x'.repeat(500)}… (${job.output.length - 500} more characters)`);
    expect(sink.ofType('bg.output').reduce((n, e) => n + e.chunk.length, 0)).toBe(50_000);
  });

  it('shows multi-line output on one line per result', async () => {
    const { bg } = setup();
    await bg.run('printf "a\\nb\\n"').finished;
    expect(formatResults(bg.queue.drain())).toBe('<background-results>\n[bg:1] completed: a\\nb\n</background-results>');
  });

  it('cancelling the run kills the whole group, grandchildren included, and queues nothing', async () => {
    const { bg, run, cwd, sink } = setup();
    const job = bg.run('sleep 30 & echo $! > grandchild.pid; sleep 30');
    await until(() => existsSync(join(cwd, 'grandchild.pid')) && readFileSync(join(cwd, 'grandchild.pid'), 'utf8').endsWith('\n'));
    const grandchild = Number(readFileSync(join(cwd, 'grandchild.pid'), 'utf8'));
    expect(isAlive(job.pid)).toBe(true);
    expect(isAlive(grandchild)).toBe(true);

    run.abort();
    await job.finished;
    expect(job.status).toBe('cancelled');
    // A killed process closes its pipes a moment before the kernel marks it exited: allow that moment.
    expect(await eventually(() => !isAlive(job.pid) && !isAlive(grandchild))).toBe(true);
    expect(liveGroupMembers(job.pid)).toEqual([]);
    expect(bg.queue.size).toBe(0);
    expect(sink.ofType('bg.finished')[0]).toMatchObject({ status: 'cancelled', actor: 'bg:1' });
  });

  it('dispose kills what is still running', async () => {
    const { bg } = setup();
    const job = bg.run('sleep 30');
    await bg.dispose();
    expect(job.status).toBe('cancelled');
    expect(await eventually(() => liveGroupMembers(job.pid).length === 0)).toBe(true);
    expect(() => bg.run('true')).toThrow();
  });
});

// The run manager with the real agent behind it: scripted model, real tools, real processes.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Script } from '../agent/script';
import { isProcessAlive } from '../agent/testing/processes';
import { until } from '../agent/testing/until';
import { getLesson } from '../lessons/registry';
import type { TimelineEvent } from '../timeline/events';
import { loadRunConfig } from './config';
import { lessonLauncher } from './launch-lesson';
import type { LiveRun } from './live-run';
import { RunManager } from './run-manager';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'runs-test-'));
const PIDS = path.join(tmp, 'pids');
const SLEEPER = 'Start a long sleep and wait for it.';
const sleeper: Script = {
  prompt: SLEEPER,
  // The shell ($$) leads the process group; the sleep ($!) is its child.
  turns: [{ tools: [{ name: 'bash', input: { command: `sleep 30 & echo "$$ $!" > ${PIDS}; wait` } }] }],
};

const BG_PIDS = path.join(tmp, 'bg-pids');
const BACKGROUND = 'Sleep in the background and wait for it.';
const background: Script = {
  prompt: BACKGROUND,
  // The model ends its turn at once; the s08 loop then waits for the background process.
  turns: [{ tools: [{ name: 'background_run', input: { command: `sleep 30 & echo $! > ${BG_PIDS}; wait` } }] }, { text: 'Waiting.' }],
};
const CWD = path.join(tmp, 'cwd');
const WHERE = 'Which directory am I in?';
const where: Script = { prompt: WHERE, turns: [{ tools: [{ name: 'bash', input: { command: `pwd > ${CWD}` } }] }] };

const manager = new RunManager(
  loadRunConfig({ RUN_RETENTION_MS: '0' }),
  lessonLauncher({}, { extraScripts: [sleeper, where, background], chunkDelayMs: 0 }),
);

afterEach(() => manager.shutdown());
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function untilEnd(run: LiveRun): Promise<TimelineEvent[]> {
  return new Promise((resolve) => {
    const events: TimelineEvent[] = [];
    run.subscribe(0, (e) => {
      events.push(e);
      if (run.ended) resolve(events);
    });
  });
}

describe('live runs of a real lesson agent', () => {
  it('an s01 example runs to run.finished {completed} with a gap-free seq, on the scripted model', async () => {
    const run = await manager.start('s01', getLesson('s01').examples[0]);
    const events = await untilEnd(run);
    expect(run.info).toMatchObject({ model: 'scripted', mode: 'scripted' });
    expect(events[0]).toMatchObject({ type: 'run.started', lesson: 's01' });
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', outcome: 'completed' });
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(events.some((e) => e.type === 'tool.result')).toBe(true);
  });

  it('cancelling leaves no process of the run alive and ends with run.finished {cancelled}', async () => {
    rmSync(PIDS, { force: true });
    const run = await manager.start('s01', SLEEPER);
    await until(() => existsSync(PIDS) && readFileSync(PIDS, 'utf8').trim().split(' ').length === 2, 'the pid file');
    const [shell, sleep] = readFileSync(PIDS, 'utf8').trim().split(' ').map(Number);
    expect(isProcessAlive(sleep)).toBe(true);

    manager.cancel(run.info.id);
    const events = await untilEnd(run);
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', outcome: 'cancelled' });
    // run.finished is emitted after the agent's cleanup, so by now the group must be gone.
    expect(isProcessAlive(shell)).toBe(false);
    expect(isProcessAlive(sleep)).toBe(false);
  });

  it('cancelling an s08 run kills its background process group too', async () => {
    const run = await manager.start('s08', BACKGROUND);
    let pid = 0;
    run.subscribe(0, (e) => {
      if (e.type === 'bg.started') pid = e.pid;
    });
    await until(() => run.buffer.countByType()['loop.waiting'] === 1, 'the loop to wait for the background process');
    await until(() => existsSync(BG_PIDS) && readFileSync(BG_PIDS, 'utf8').trim() !== '', 'the pid file');
    const sleep = Number(readFileSync(BG_PIDS, 'utf8'));
    expect([isProcessAlive(pid), isProcessAlive(sleep)]).toEqual([true, true]);
    manager.cancel(run.info.id);
    const events = await untilEnd(run);
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', outcome: 'cancelled' });
    expect(events.find((e) => e.type === 'bg.finished')).toMatchObject({ status: 'cancelled' });
    expect([isProcessAlive(pid), isProcessAlive(sleep)]).toEqual([false, false]);
  });

  it('a finished run is dropped with its workspace directory once retention is over', async () => {
    const run = await manager.start('s01', WHERE);
    await untilEnd(run);
    const workspace = readFileSync(CWD, 'utf8').trim();
    expect(workspace).toContain('agent-run-');
    await until(() => manager.get(run.info.id) === undefined && !existsSync(workspace), 'the run and its workspace to go');
  });

  it('past the wall-clock cap the run stops with outcome time_limit and its processes are gone', async () => {
    const capped = new RunManager(
      loadRunConfig({ RUN_WALL_CLOCK_MS: '1000', RUN_RETENTION_MS: '0' }),
      lessonLauncher({}, { extraScripts: [sleeper], chunkDelayMs: 0 }),
    );
    rmSync(PIDS, { force: true });
    const run = await capped.start('s01', SLEEPER);
    const events = await untilEnd(run);
    const [shell, sleep] = readFileSync(PIDS, 'utf8').trim().split(' ').map(Number);
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', outcome: 'time_limit' });
    expect([isProcessAlive(shell), isProcessAlive(sleep)]).toEqual([false, false]);
    await capped.shutdown();
  });
});

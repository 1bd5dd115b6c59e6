import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../timeline/events';
import { type RunConfig, loadRunConfig } from './config';
import { LiveRunsOffError, RunLimitError, UnknownRunError } from './errors';
import { FIRST_VIEWER_MS } from './live-run';
import { MAX_RETAINED_RUNS, RunManager } from './run-manager';
import { fakeLauncher } from './testing/fake-launcher';

function setup(overrides: Partial<RunConfig> = {}) {
  const launcher = fakeLauncher();
  let n = 0;
  const manager = new RunManager({ ...loadRunConfig({}), ...overrides }, launcher, () => `run-${++n}`);
  return { launcher, manager };
}

/** Lets the manager's promise chain (start → fail-safe → retain) settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('RunManager', () => {
  it('refuses to start when live runs are off', async () => {
    const { manager } = setup({ liveRuns: false });
    await expect(manager.start('s01', 'hi')).rejects.toBeInstanceOf(LiveRunsOffError);
  });

  it('past the concurrency cap refuses with a message naming the limit; a finished run frees its slot', async () => {
    const { manager, launcher } = setup({ maxConcurrentRuns: 2 });
    await manager.start('s01', 'a');
    await manager.start('s01', 'b');
    const refused = manager.start('s01', 'c');
    await expect(refused).rejects.toBeInstanceOf(RunLimitError);
    await expect(refused).rejects.toThrow('the limit is 2');
    launcher.runs[0].finish();
    await expect(manager.start('s01', 'c')).resolves.toBeDefined();
  });

  it('two starts racing for the last slot: only one gets it', async () => {
    const { manager } = setup({ maxConcurrentRuns: 1 });
    const results = await Promise.allSettled([manager.start('s01', 'a'), manager.start('s01', 'b')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('cancel ends the run with run.finished {outcome: cancelled} and says who cancelled', async () => {
    const { manager } = setup();
    const run = await manager.start('s08', 'x');
    manager.cancel(run.info.id);
    expect(run.buffer.last).toMatchObject({ type: 'run.finished', outcome: 'cancelled' });
    expect(run.status()).toMatchObject({ state: 'finished', outcome: 'cancelled', cancelReason: 'requested' });
  });

  it('an unknown id is an UnknownRunError naming it', () => {
    const { manager } = setup();
    expect(() => manager.cancel('nope')).toThrow(UnknownRunError);
    expect(() => manager.require('nope')).toThrow('"nope"');
  });

  it('keeps a finished run for the retention period, then drops it with its workspace', async () => {
    vi.useFakeTimers();
    const { manager, launcher } = setup({ retentionMs: 60_000 });
    const run = await manager.start('s01', 'x');
    launcher.runs[0].finish();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(manager.get(run.info.id)).toBe(run);
    expect(launcher.runs[0].workspaceRemoved).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(manager.get(run.info.id)).toBeUndefined();
    expect(launcher.runs[0].workspaceRemoved).toBe(true);
  });

  it(`keeps at most ${MAX_RETAINED_RUNS} finished runs: past it the one finished longest ago is dropped`, async () => {
    const { manager, launcher } = setup({ retentionMs: 60_000, maxConcurrentRuns: 1 });
    const ids: string[] = [];
    for (let i = 0; i <= MAX_RETAINED_RUNS; i++) {
      ids.push((await manager.start('s01', `x${i}`)).info.id);
      launcher.runs[i].finish();
      await settle();
    }
    expect(manager.get(ids[0])).toBeUndefined();
    expect(launcher.runs[0].workspaceRemoved).toBe(true);
    expect(manager.get(ids[1])).toBeDefined();
    expect(manager.get(ids.at(-1)!)).toBeDefined();
  });

  it('cancels a run whose every subscriber has been gone longer than the grace period', async () => {
    vi.useFakeTimers();
    const { manager } = setup({ subscriberGraceMs: 10_000 });
    const run = await manager.start('s01', 'x');
    const leave = run.subscribe(0, () => {});
    leave();
    await vi.advanceTimersByTimeAsync(9_000);
    expect(run.ended).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(run.status()).toMatchObject({ outcome: 'cancelled', cancelReason: 'abandoned' });
  });

  it('a subscriber coming back within the grace period (a reload) keeps the run going', async () => {
    vi.useFakeTimers();
    const { manager } = setup({ subscriberGraceMs: 10_000 });
    const run = await manager.start('s01', 'x');
    run.subscribe(0, () => {})();
    await vi.advanceTimersByTimeAsync(5_000);
    run.subscribe(0, () => {});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.ended).toBe(false);
  });

  it('a run nobody subscribes to within the grace period is cancelled, so it frees its slot', async () => {
    vi.useFakeTimers();
    const { manager } = setup({ subscriberGraceMs: 20_000, maxConcurrentRuns: 1 });
    const run = await manager.start('s01', 'x');
    await vi.advanceTimersByTimeAsync(19_000);
    expect(run.ended).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(run.status()).toMatchObject({ outcome: 'cancelled', cancelReason: 'abandoned' });
    await expect(manager.start('s01', 'y')).resolves.toBeDefined();
  });

  it(`however short the grace period, a new run waits ${FIRST_VIEWER_MS} ms for its first viewer`, async () => {
    vi.useFakeTimers();
    const { manager } = setup({ subscriberGraceMs: 0 });
    const run = await manager.start('s01', 'x');
    await vi.advanceTimersByTimeAsync(FIRST_VIEWER_MS - 1);
    expect(run.ended).toBe(false);
    run.subscribe(0, () => {});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.ended).toBe(false);
  });

  it('a subscriber arriving within the grace period keeps a new run going', async () => {
    vi.useFakeTimers();
    const { manager } = setup({ subscriberGraceMs: 1_000 });
    const run = await manager.start('s01', 'x');
    await vi.advanceTimersByTimeAsync(500);
    run.subscribe(0, () => {});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.ended).toBe(false);
  });

  it('at the event limit the run is cancelled and still ends with a final event, seq gap-free', async () => {
    const { manager, launcher } = setup({ maxEventsPerRun: 100 });
    const run = await manager.start('s01', 'x');
    for (let i = 0; i < 150; i++) launcher.runs[0].emit({ type: 'llm.text', actor: 'main', delta: '.' });
    const seen: TimelineEvent[] = [];
    run.subscribe(0, (e) => seen.push(e));
    expect(run.status()).toMatchObject({ outcome: 'cancelled', cancelReason: 'event_limit' });
    expect(seen.map((e) => e.seq)).toEqual(seen.map((_, i) => i));
    expect(seen.length).toBeLessThanOrEqual(101);
  });

  it('an agent that crashes without a final event still ends the stream, with run.failed naming the error', async () => {
    const { manager, launcher } = setup();
    const run = await manager.start('s01', 'x');
    launcher.runs[0].crash('boom');
    await settle();
    expect(run.buffer.last).toMatchObject({ type: 'run.failed', error: 'the agent crashed: boom' });
    expect(run.status().state).toBe('failed');
  });

  it('shutdown cancels every run and removes every workspace', async () => {
    const { manager, launcher } = setup();
    const a = await manager.start('s01', 'a');
    const b = await manager.start('s08', 'b');
    await manager.shutdown();
    expect([a.ended, b.ended]).toEqual([true, true]);
    expect(launcher.runs.every((r) => r.workspaceRemoved)).toBe(true);
    expect(manager.get(a.info.id)).toBeUndefined();
  });

  it('describes the model and limits the UI shows before a run', () => {
    const { manager } = setup({ maxConcurrentRuns: 3 });
    expect(manager.describe()).toMatchObject({ liveRuns: true, model: 'fake', mode: 'scripted', limits: { maxConcurrentRuns: 3, maxPromptChars: 8000 } });
  });
});

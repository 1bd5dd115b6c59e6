import { describe, expect, it } from 'vitest';
import { loadRunConfig } from './config';

describe('loadRunConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(loadRunConfig({})).toEqual({
      liveRuns: true,
      maxConcurrentRuns: 4,
      wallClockMs: 600_000,
      retentionMs: 1_800_000,
      subscriberGraceMs: 30_000,
      maxEventsPerRun: 50_000,
    });
  });

  it('LIVE_RUNS=off (any case) switches live runs off; empty means unset', () => {
    expect(loadRunConfig({ LIVE_RUNS: 'OFF' }).liveRuns).toBe(false);
    expect(loadRunConfig({ LIVE_RUNS: 'false' }).liveRuns).toBe(false);
    expect(loadRunConfig({ LIVE_RUNS: '' }).liveRuns).toBe(true);
    expect(loadRunConfig({ LIVE_RUNS: 'on' }).liveRuns).toBe(true);
  });

  it('reads numeric limits', () => {
    const c = loadRunConfig({ MAX_CONCURRENT_RUNS: '2', RUN_WALL_CLOCK_MS: '5000', SUBSCRIBER_GRACE_MS: '0' });
    expect([c.maxConcurrentRuns, c.wallClockMs, c.subscriberGraceMs]).toEqual([2, 5000, 0]);
  });

  it('a bad value is an error naming the variable and its value', () => {
    expect(() => loadRunConfig({ MAX_CONCURRENT_RUNS: 'many' })).toThrow('MAX_CONCURRENT_RUNS="many"');
    expect(() => loadRunConfig({ MAX_CONCURRENT_RUNS: '0' })).toThrow('MAX_CONCURRENT_RUNS');
    expect(() => loadRunConfig({ LIVE_RUNS: 'maybe' })).toThrow('LIVE_RUNS="maybe"');
  });

  it('refuses a time past what a timer can wait (2^31 − 1 ms), which would fire at once', () => {
    expect(() => loadRunConfig({ RUN_RETENTION_MS: '3024000000' })).toThrow('RUN_RETENTION_MS="3024000000"');
    expect(loadRunConfig({ RUN_RETENTION_MS: '2147483647' }).retentionMs).toBe(2_147_483_647);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRunConfig } from './config';
import { RunManager } from './run-manager';
import { createRunEventStream } from './sse-stream';
import { fakeLauncher } from './testing/fake-launcher';
import { readSse } from './testing/read-sse';

async function started() {
  const launcher = fakeLauncher();
  const manager = new RunManager(loadRunConfig({ SUBSCRIBER_GRACE_MS: '5000' }), launcher);
  const run = await manager.start('s08', 'x');
  return { run, fake: launcher.runs[0], manager };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createRunEventStream', () => {
  it('sends a heartbeat comment while the run is quiet, which clients ignore', async () => {
    vi.useFakeTimers();
    const { run, fake } = await started();
    const reading = readSse(createRunEventStream(run, { fromSeq: 0, heartbeatMs: 15_000 }));
    await vi.advanceTimersByTimeAsync(31_000);
    fake.finish();
    const { events, comments } = await reading;
    expect(comments).toEqual(['heartbeat', 'heartbeat']);
    expect(events.map((e) => e.type)).toEqual(['run.started', 'run.finished']);
  });

  it('a subscriber that goes away counts as gone: after the grace period the run is cancelled', async () => {
    vi.useFakeTimers();
    const { run } = await started();
    const stream = createRunEventStream(run, { fromSeq: 0 });
    const reader = stream.getReader();
    await reader.read();
    expect(run.status().subscribers).toBe(1);
    await reader.cancel();
    expect(run.status().subscribers).toBe(0);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(run.status()).toMatchObject({ outcome: 'cancelled', cancelReason: 'abandoned' });
  });

  it('an aborted request unsubscribes at once', async () => {
    const { run } = await started();
    const gone = new AbortController();
    createRunEventStream(run, { fromSeq: 0, signal: gone.signal });
    expect(run.status().subscribers).toBe(1);
    gone.abort();
    expect(run.status().subscribers).toBe(0);
  });

  it('a burst of events goes out as one chunk, in order', async () => {
    const { run, fake } = await started();
    const reader = createRunEventStream(run, { fromSeq: 0 }).getReader();
    await reader.read(); // retry + run.started
    for (let i = 0; i < 5; i++) fake.emit({ type: 'llm.text', actor: 'main', delta: String(i) });
    const { value } = await reader.read();
    const ids = [...new TextDecoder().decode(value).matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    await reader.cancel();
  });
});

// The browser side of a live run, with EventSource, fetch and the page URL replaced by fakes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../timeline/events';
import { body, header, seqd } from '../timeline/test-builders';
import { cancelLiveRun, closeStream, leaveLiveRun, reattachLiveRun, startLiveRun } from './live-run';
import { useTimelineStore } from './timeline-store';

class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static all: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  send(event: TimelineEvent) {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

const run = seqd([
  body('run.started', { lesson: 's08', prompt: 'go' }), body('llm.request'), body('llm.text'), body('run.finished'),
]);
let url: URL;
let responses: Record<string, () => Response>;
const requests: string[] = [];

beforeEach(() => {
  FakeEventSource.all = [];
  requests.length = 0;
  url = new URL('http://127.0.0.1/en/lessons/s08?step=2');
  vi.useFakeTimers();
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('window', {
    get location() {
      return { href: url.href, search: url.search };
    },
    history: { state: null, replaceState: (_: unknown, __: string, next: string) => (url = new URL(next)) },
  });
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${input}`;
    requests.push(key);
    const answer = responses[key];
    if (!answer) throw new Error(`unexpected request ${key}`);
    return answer();
  });
  responses = {
    'POST /api/runs': () => Response.json({ id: 'r1', lesson: 's08', model: 'scripted', mode: 'scripted' }, { status: 201 }),
  };
  useTimelineStore.setState({ source: null, header: null, events: [], liveStatus: 'idle', liveMessage: null });
});

afterEach(() => {
  closeStream();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const state = () => useTimelineStore.getState();

describe('a live run in the browser', () => {
  it('start: POST, ?run= in the URL, events into the store, and the stream closed on the final event', async () => {
    await startLiveRun('s08', 'go');
    expect(url.search).toBe('?step=2&run=r1');
    const es = FakeEventSource.all[0];
    expect(es.url).toBe('/api/runs/r1/events?from=0');
    expect(state()).toMatchObject({ liveStatus: 'connecting', header: { lesson: 's08', prompt: 'go', model: 'scripted', mode: 'scripted' } });

    es.open();
    run.slice(0, 3).forEach((e) => es.send(e));
    expect(state().liveStatus).toBe('running');
    await vi.advanceTimersByTimeAsync(100);
    expect(state().events).toHaveLength(3);

    es.send(run[3]);
    expect(state().events).toHaveLength(4);
    expect(state().liveStatus).toBe('finished');
    expect(es.readyState).toBe(FakeEventSource.CLOSED); // so the browser never reconnects and restarts anything
  });

  it('a cancelled run ends "cancelled"; a failed one "failed" with its error', async () => {
    await startLiveRun('s08', 'go');
    FakeEventSource.all[0].send(seqd([body('run.finished', { outcome: 'cancelled' })])[0]);
    expect(state().liveStatus).toBe('cancelled');
    await startLiveRun('s08', 'go');
    FakeEventSource.all[1].send(seqd([body('run.failed', { error: 'model API down' })])[0]);
    expect(state()).toMatchObject({ liveStatus: 'failed', liveMessage: 'model API down' });
  });

  it.each([
    [403, 'off', null],
    [429, 'limit', null],
    [400, 'error', 'refused because'],
  ])('a refused start (%i) shows "%s" (the server\'s English only for an error), and no stream opens', async (status, expected, message) => {
    responses['POST /api/runs'] = () => Response.json({ error: { message: 'refused because' } }, { status });
    await startLiveRun('s08', 'go');
    expect(state()).toMatchObject({ liveStatus: expected, liveMessage: message });
    expect(FakeEventSource.all).toHaveLength(0);
  });

  it('a reload reattaches: the run\'s status gives the header, the stream starts at seq 0', async () => {
    responses['GET /api/runs/r9'] = () =>
      Response.json({ id: 'r9', lesson: 's08', prompt: 'go', model: 'scripted', mode: 'scripted', startedAt: '2025-01-01T00:00:00.000Z' });
    await reattachLiveRun('r9');
    expect(state()).toMatchObject({ source: { kind: 'live', runId: 'r9' }, header: { prompt: 'go', recordedAt: '2025-01-01T00:00:00.000Z' } });
    expect(FakeEventSource.all[0].url).toBe('/api/runs/r9/events?from=0');
  });

  it('a run that is gone (404) drops ?run= and leaves the panel ready', async () => {
    url = new URL('http://127.0.0.1/en/lessons/s08?run=old');
    responses['GET /api/runs/old'] = () => Response.json({ error: { message: 'No run with id "old"' } }, { status: 404 });
    await reattachLiveRun('old');
    expect(url.search).toBe('');
    expect(state()).toMatchObject({ liveStatus: 'idle', liveMessage: null });
  });

  it('showing another trace (picked in the player) stops following the run', async () => {
    await startLiveRun('s08', 'go');
    const es = FakeEventSource.all[0];
    state().loadTrace({ kind: 'recorded', name: 's08-sleeps' }, header(), run);
    expect(es.readyState).toBe(FakeEventSource.CLOSED);
    expect(state().liveStatus).toBe('idle');
    expect(state().events).toBe(run);
    expect(url.search).toBe('?step=2'); // a reload shows the trace picked, not the run left behind
  });

  it('leaving the page (the panel unmounts) stops following and leaves the store idle for the next page', async () => {
    await startLiveRun('s08', 'go');
    const es = FakeEventSource.all[0];
    es.open();
    es.send(run[0]);
    expect(state().liveStatus).toBe('running');
    leaveLiveRun();
    expect(es.readyState).toBe(FakeEventSource.CLOSED);
    expect(state().liveStatus).toBe('idle');
  });

  it('leaving the page while the start request is on its way: the run it made is cancelled, the next page untouched', async () => {
    responses['DELETE /api/runs/r1'] = () => Response.json({}, { status: 202 });
    const started = startLiveRun('s08', 'go');
    leaveLiveRun();
    await started;
    expect(requests).toEqual(['POST /api/runs', 'DELETE /api/runs/r1']);
    expect(url.search).toBe('?step=2');
    expect(FakeEventSource.all).toHaveLength(0);
    expect(state()).toMatchObject({ source: null, liveStatus: 'idle' });
  });

  it('Cancel pressed while the start request is on its way cancels the run once it has an id', async () => {
    responses['DELETE /api/runs/r1'] = () => Response.json({}, { status: 202 });
    const started = startLiveRun('s08', 'go');
    expect(state().liveStatus).toBe('starting');
    await cancelLiveRun();
    await started;
    expect(requests).toEqual(['POST /api/runs', 'DELETE /api/runs/r1']);
  });

  it('Cancel sends DELETE for the run on show', async () => {
    responses['DELETE /api/runs/r1'] = () => Response.json({}, { status: 202 });
    await startLiveRun('s08', 'go');
    await cancelLiveRun();
    expect(requests).toContain('DELETE /api/runs/r1');
  });

  it('a dropped connection that the browser retries shows "connecting"; one it gives up on, an error', async () => {
    await startLiveRun('s08', 'go');
    const es = FakeEventSource.all[0];
    es.open();
    es.onerror?.();
    expect(state().liveStatus).toBe('connecting');
    es.readyState = FakeEventSource.CLOSED;
    es.onerror?.();
    expect(state()).toMatchObject({ liveStatus: 'error', liveMessage: null });
  });
});

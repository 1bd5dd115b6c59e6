// The live-run routes called as Next calls them (a Request in, a Response out), on a manager whose runs
// are driven by hand. The real agent behind them is exercised in lib/runs/launch-lesson.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRunConfig } from '@/lib/runs/config';
import { LessonUnavailableError } from '@/lib/runs/errors';
import { installRunManager } from '@/lib/runs/instance';
import { RunManager } from '@/lib/runs/run-manager';
import { type FakeLauncher, fakeLauncher } from '@/lib/runs/testing/fake-launcher';
import { readSse } from '@/lib/runs/testing/read-sse';
import { GET as getConfig } from '../config/route';
import { DELETE as deleteRun, GET as getRun } from './[id]/route';
import { GET as getEvents } from './[id]/events/route';
import { POST } from './route';

let launcher: FakeLauncher;
let manager: RunManager;

function install(env: Record<string, string> = {}) {
  launcher = fakeLauncher();
  manager = new RunManager(loadRunConfig(env), launcher);
  installRunManager(manager);
}

beforeEach(() => install());
afterEach(async () => {
  await manager.shutdown();
  installRunManager(undefined);
});

const json = (body: unknown, contentType = 'application/json') => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Request('http://127.0.0.1/api/runs', {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    // A string body would get text/plain by default; a Blob without a type sends no Content-Type at all.
    body: contentType ? text : new Blob([text]),
  });
};
/** A body sent in chunks with no Content-Length, as a client streaming it would. */
const streamed = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += 16_384) c.enqueue(bytes.slice(i, i + 16_384));
      c.close();
    },
  });
  return new Request('http://127.0.0.1/api/runs', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half',
  } as RequestInit);
};
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const eventsRequest = (id: string, opts: { lastEventId?: string; from?: string } = {}) =>
  new Request(`http://127.0.0.1/api/runs/${id}/events${opts.from !== undefined ? `?from=${opts.from}` : ''}`, {
    headers: opts.lastEventId !== undefined ? { 'last-event-id': opts.lastEventId } : {},
  });

async function startRun(): Promise<string> {
  const res = await POST(json({ lesson: 's08', prompt: 'go' }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Emits n text deltas and finishes the most recent run. */
function playOut(n: number) {
  const run = launcher.runs.at(-1)!;
  for (let i = 0; i < n; i++) run.emit({ type: 'llm.text', actor: 'main', delta: `d${i}` });
  run.finish();
}

describe('POST /api/runs', () => {
  it('starts a run: 201 with id, lesson, model and mode', async () => {
    const res = await POST(json({ lesson: 's08', prompt: 'Start 3 background tasks' }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ id: expect.any(String), lesson: 's08', model: 'fake', mode: 'scripted' });
    expect(res.headers.get('location')).toBe(`/api/runs/${body.id}`);
  });

  it('accepts a prompt of exactly 8000 characters', async () => {
    expect((await POST(json({ lesson: 's01', prompt: 'x'.repeat(8000) }))).status).toBe(201);
  });

  const badBodies: [string, Request, { field?: string; message: RegExp }][] = [
    ['non-JSON body', json('{"lesson": "s08",', 'application/json'), { message: /not valid JSON/ }],
    ['wrong content type', json({ lesson: 's08', prompt: 'x' }, 'text/plain'), { message: /Content-Type must be application\/json \(got "text\/plain"\)/ }],
    ['no content type', json({ lesson: 's08', prompt: 'x' }, ''), { message: /Content-Type must be application\/json \(got none\)/ }],
    ['a JSON array', json([1, 2]), { message: /must be a JSON object/ }],
    ['JSON null', json('null'), { message: /must be a JSON object/ }],
    ['unknown lesson', json({ lesson: 's99', prompt: 'x' }), { field: 'lesson', message: /unknown lesson "s99"; expected one of s01, .*s11/ }],
    ['lesson not a string', json({ lesson: 8, prompt: 'x' }), { field: 'lesson', message: /lesson must be a string/ }],
    ['missing lesson', json({ prompt: 'x' }), { field: 'lesson', message: /lesson is required/ }],
    ['missing prompt', json({ lesson: 's08' }), { field: 'prompt', message: /prompt is required/ }],
    ['empty prompt', json({ lesson: 's08', prompt: '   ' }), { field: 'prompt', message: /prompt is empty/ }],
    ['prompt not a string', json({ lesson: 's08', prompt: ['a'] }), { field: 'prompt', message: /prompt must be a string/ }],
    ['prompt over 8000 characters', json({ lesson: 's08', prompt: 'x'.repeat(8001) }), { field: 'prompt', message: /8001 characters; the limit is 8000/ }],
    ['body over 64 KB', json({ lesson: 's08', prompt: 'x', pad: 'y'.repeat(70_000) }), { message: /larger than 64 KB/ }],
    ['body over 64 KB, streamed without a length', streamed('y'.repeat(200_000)), { message: /larger than 64 KB/ }],
  ];
  it.each(badBodies)('400 for %s, naming what was wrong', async (_, request, expected) => {
    const res = await POST(request);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.message).toMatch(expected.message);
    expect(error.field).toBe(expected.field);
    expect(launcher.runs).toHaveLength(0);
  });

  it('400 naming the lesson when it has no runnable agent on this server', async () => {
    launcher.prepare = async (lesson) => {
      throw new LessonUnavailableError(lesson, 'it has no runnable agent on this server yet.');
    };
    const res = await POST(json({ lesson: 's11', prompt: 'x' }));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toEqual({ field: 'lesson', message: 'Lesson s11 cannot run live: it has no runnable agent on this server yet.' });
  });

  it('403 with a message when live runs are off (LIVE_RUNS=off)', async () => {
    install({ LIVE_RUNS: 'off' });
    const res = await POST(json({ lesson: 's08', prompt: 'x' }));
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/switched off.*LIVE_RUNS=off/);
  });

  it('429 with a clear message past the concurrency cap', async () => {
    install({ MAX_CONCURRENT_RUNS: '2' });
    await startRun();
    await startRun();
    const res = await POST(json({ lesson: 's08', prompt: 'x' }));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('10');
    expect((await res.json()).error.message).toMatch(/Too many live runs: 2 already running and the limit is 2/);
  });
});

describe('GET and DELETE /api/runs/<id>', () => {
  it('GET gives the status and counts', async () => {
    const id = await startRun();
    playOut(3);
    const res = await getRun(new Request('http://127.0.0.1'), ctx(id));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id, lesson: 's08', prompt: 'go', state: 'finished', outcome: 'completed', events: 5,
      counts: { 'run.started': 1, 'llm.text': 3, 'run.finished': 1 },
    });
  });

  it('DELETE cancels: 202, and the final event says cancelled; again gives 200', async () => {
    const id = await startRun();
    const res = await deleteRun(new Request('http://127.0.0.1', { method: 'DELETE' }), ctx(id));
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ state: 'finished', outcome: 'cancelled', cancelReason: 'requested' });
    const again = await deleteRun(new Request('http://127.0.0.1', { method: 'DELETE' }), ctx(id));
    expect(again.status).toBe(200);
  });

  it('404 for an unknown id, on GET, DELETE and the events stream', async () => {
    for (const res of [
      await getRun(new Request('http://127.0.0.1'), ctx('nope')),
      await deleteRun(new Request('http://127.0.0.1', { method: 'DELETE' }), ctx('nope')),
      await getEvents(eventsRequest('nope'), ctx('nope')),
    ]) {
      expect(res.status).toBe(404);
      expect((await res.json()).error.message).toMatch(/No run with id "nope"/);
    }
  });
});

describe('GET /api/runs/<id>/events', () => {
  it('streams every event as id: <seq> + data, and ends after the final event', async () => {
    const id = await startRun();
    const res = await getEvents(eventsRequest(id), ctx(id));
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    playOut(10);
    const { events, closedByServer } = await readSse(res.body!);
    expect(events.map((e) => e.seq)).toEqual([...Array(12).keys()]);
    expect(events.at(-1)?.type).toBe('run.finished');
    expect(closedByServer).toBe(true);
  });

  it('resume after a dropped connection (Last-Event-ID) continues at n+1: nothing lost, nothing twice', async () => {
    const id = await startRun();
    const first = getEvents(eventsRequest(id), ctx(id));
    const run = launcher.runs[0];
    for (let i = 0; i < 20; i++) run.emit({ type: 'llm.text', actor: 'main', delta: `d${i}` });
    const before = await readSse((await first).body!, 8); // the connection drops after seq 7
    for (let i = 20; i < 30; i++) run.emit({ type: 'llm.text', actor: 'main', delta: `d${i}` });
    const lastSeen = before.events.at(-1)!.seq;
    const resumed = await getEvents(eventsRequest(id, { lastEventId: String(lastSeen), from: '0' }), ctx(id));
    run.finish();
    const after = await readSse(resumed.body!);
    const seqs = [...before.events, ...after.events].map((e) => e.seq);
    expect(before.closedByServer).toBe(false);
    expect(seqs).toEqual([...Array(32).keys()]);
  });

  it('?from=<seq> starts there (a page reattaching asks for 0 and gets every event once)', async () => {
    const id = await startRun();
    playOut(5);
    const from3 = await readSse((await getEvents(eventsRequest(id, { from: '3' }), ctx(id))).body!);
    expect(from3.events.map((e) => e.seq)).toEqual([3, 4, 5, 6]);
    const from0 = await readSse((await getEvents(eventsRequest(id, { from: '0' }), ctx(id))).body!);
    expect(from0.events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('resuming after the final event of a finished run closes at once with nothing', async () => {
    const id = await startRun();
    playOut(2);
    const res = await getEvents(eventsRequest(id, { lastEventId: '3' }), ctx(id));
    expect(await readSse(res.body!)).toMatchObject({ events: [], closedByServer: true });
  });

  it('any number of subscribers each get every event once', async () => {
    const id = await startRun();
    const streams = await Promise.all(Array.from({ length: 5 }, () => getEvents(eventsRequest(id), ctx(id))));
    const reads = streams.map((r) => readSse(r.body!));
    playOut(50);
    for (const { events } of await Promise.all(reads)) expect(events.map((e) => e.seq)).toEqual([...Array(52).keys()]);
  });

  it.each([
    ['Last-Event-ID', { lastEventId: 'abc' }],
    ['Last-Event-ID', { lastEventId: '-1' }],
    ['from', { from: '1.5' }],
    ['from', { from: '' }],
  ])('400 for a bad %s, naming it', async (field, opts) => {
    const id = await startRun();
    const res = await getEvents(eventsRequest(id, opts), ctx(id));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ field, message: expect.stringContaining('whole number') });
  });
});

describe('GET /api/config', () => {
  it('says whether live runs are on and which model a run would use', async () => {
    install({ LIVE_RUNS: 'off' });
    expect(await getConfig().json()).toMatchObject({ liveRuns: false, model: 'fake', mode: 'scripted' });
  });
});

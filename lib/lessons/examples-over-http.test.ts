// The example conversations of s01–s06 through the real HTTP path: the SDK with an API key and a base URL
// pointing at a loopback server that answers in the Anthropic wire format (it plays the lesson's scripts).
// Each run must call the same tools in the same order as the in-process scripted model does.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelSeam } from '../agent/model';
import { scriptedFetch } from '../agent/scripted';
import { createSink } from '../agent/sink';
import { createWorkspace } from '../agent/workspace';
import type { TimelineEvent } from '../timeline/events';
import { getLessonModule } from './agents';
import { type LessonId, getLesson } from './registry';
import { runLesson } from './run-lesson';
import { runExample } from './testing/run-example';

const LESSONS: LessonId[] = ['s01', 's02', 's03', 's04', 's05', 's06'];
const scripts = LESSONS.flatMap((id) => getLessonModule(id).scripts);

let server: http.Server;
let baseURL: string;
const requests: { path: string; auth: string | undefined }[] = [];

beforeAll(async () => {
  const answer = scriptedFetch(scripts, { chunkDelayMs: 0, model: 'loopback-model' });
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      requests.push({ path: req.url ?? '', auth: req.headers.authorization ?? req.headers['x-api-key']?.toString() });
      const reply = await answer(`http://127.0.0.1${req.url}`, { method: req.method, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(reply.status, Object.fromEntries(reply.headers));
      if (reply.body) Readable.fromWeb(reply.body as import('node:stream/web').ReadableStream).pipe(res);
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const toolCalls = (events: readonly TimelineEvent[]) => events.flatMap((e) => (e.type === 'tool.call' ? [`${e.actor} ${e.name}`] : []));
const modelCalls = (events: readonly TimelineEvent[]) => events.filter((e) => e.type === 'llm.request').length;

describe('every s01–s06 example over HTTP, against a loopback server in the Anthropic wire format', () => {
  const cases = LESSONS.flatMap((lesson) => getLesson(lesson).examples.map((prompt) => [lesson, prompt] as const));
  it.each(cases)('%s: %s', async (lesson, prompt) => {
    const model = createModelSeam({ env: { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: baseURL, MODEL_ID: 'loopback-model' }, scripts: [] });
    const workspace = await createWorkspace(lesson);
    const sink = createSink(undefined, { collect: true });
    const before = requests.length;
    try {
      const result = await runLesson({ lesson, prompt, sink, model, workspace });
      expect(result.outcome).toBe('completed');
      expect(sink.events[0]).toMatchObject({ type: 'run.started', mode: 'api', model: 'loopback-model' });
      expect(requests.slice(before).every((r) => r.path === '/v1/messages' && r.auth?.includes('test-key'))).toBe(true);

      const inProcess = await runExample(lesson, prompt);
      try {
        expect(toolCalls(sink.events)).toEqual(toolCalls(inProcess.events));
        expect(modelCalls(sink.events)).toBe(modelCalls(inProcess.events));
      } finally {
        await inProcess.workspace.dispose();
      }
    } finally {
      await workspace.dispose();
    }
  }, 60_000);
});

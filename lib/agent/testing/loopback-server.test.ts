import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getLesson } from '../../lessons/registry';
import type { TimelineEvent } from '../../timeline/events';
import { createModelSeam } from '../model';
import { runLesson } from '../../lessons/run-lesson';
import { createSink } from '../sink';
import { type RunWorkspace, createWorkspace } from '../workspace';
import { type LoopbackModel, type LoopbackReply, startLoopbackModel } from './loopback-server';

let server: LoopbackModel | undefined;
let workspace: RunWorkspace | undefined;
afterEach(async () => {
  await server?.close();
  await workspace?.dispose();
});

/** Run a lesson through the real SDK path (API key + base URL) against the loopback server. */
async function runAgainst(replies: LoopbackReply[], lesson: 's01' | 's02' = 's02', prompt = 'Do it.') {
  server = await startLoopbackModel(replies);
  workspace = await createWorkspace(lesson);
  const env = { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: server.baseURL, MODEL_ID: 'loopback-model' };
  const model = createModelSeam({ env, scripts: [] });
  const sink = createSink(undefined, { collect: true });
  const result = await runLesson({ lesson, prompt, sink, model, workspace });
  return { result, events: sink.events as TimelineEvent[], requests: server.requests };
}

type Block = { type: string; content?: string; is_error?: boolean; tool_use_id?: string };
const lastToolResult = (body: { messages: { content: unknown }[] }) => (body.messages.at(-1)!.content as Block[]).find((b) => b.type === 'tool_result')!;

describe('the SDK path against a loopback server speaking the Anthropic wire format', () => {
  it('streams a tool call (split input_json_delta, ping frames), runs it, and sends the result back', async () => {
    const { result, events, requests } = await runAgainst([
      { text: 'Reading the manifest.', tools: [{ name: 'read_file', input: { path: 'package.json', limit: 3 } }] },
      { text: 'It is hello-service.' },
    ]);
    expect(result).toEqual({ outcome: 'completed', text: 'It is hello-service.' });
    expect(events[0]).toMatchObject({ type: 'run.started', model: 'loopback-model', mode: 'api' });
    expect(requests[0].path).toBe('/v1/messages');
    expect(requests[0].headers['anthropic-version']).toBeTruthy();
    expect(requests[0].body).toMatchObject({ model: 'loopback-model', stream: true });
    expect(requests[0].body.tools?.map((t) => t.name)).toEqual(getLesson('s02').tools);
    const sent = lastToolResult(requests[1].body);
    expect(sent.tool_use_id).toBe('toolu_loopback_1');
    expect(sent.content).toContain('"name": "hello-service"');
    expect(sent.content).toContain('more lines not shown');
  });

  it('a tool call cut off at max_tokens is not run; the model is told so and the history stays valid', async () => {
    const { result, events, requests } = await runAgainst([
      { tools: [{ name: 'write_file', input: { path: 'big.txt', content: 'half of it' } }], cutOff: true },
      { text: 'I will write it in parts.' },
    ]);
    expect(result).toEqual({ outcome: 'completed', text: 'I will write it in parts.' });
    expect(events.filter((e) => e.type === 'tool.call')).toEqual([]);
    const sent = lastToolResult(requests[1].body);
    expect(sent).toMatchObject({ tool_use_id: 'toolu_loopback_1', is_error: true });
    expect(sent.content).toMatch(/max_tokens/);
    expect(existsSync(join(workspace!.root, 'big.txt'))).toBe(false);
  });

  it('refuses ../../etc/passwd and sudo: the next requests carry the refusals, not the file', async () => {
    const { requests } = await runAgainst([
      { tools: [{ name: 'read_file', input: { path: '../../etc/passwd' } }] },
      { tools: [{ name: 'bash', input: { command: 'sudo cat /etc/shadow' } }] },
      { text: 'Both refused.' },
    ]);
    const passwd = lastToolResult(requests[1].body);
    expect(passwd).toMatchObject({ is_error: true });
    expect(passwd.content).toMatch(/outside the workspace/);
    expect(passwd.content).not.toContain('root:');
    const sudo = lastToolResult(requests[2].body);
    expect(sudo).toMatchObject({ is_error: true });
    expect(sudo.content).toMatch(/refused: .*deny-list.*root privileges/);
  });

  it('answers create() (non-streaming) with a complete message', async () => {
    server = await startLoopbackModel([{ text: 'plain JSON reply' }]);
    const model = createModelSeam({ env: { ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: server.baseURL }, scripts: [] });
    const message = await model.client.messages.create({ model: model.model, max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] });
    expect(message.content).toEqual([{ type: 'text', text: 'plain JSON reply' }]);
    expect(server.requests[0].body.stream).toBeUndefined();
  });

  it('an `event: error` frame mid-stream surfaces as a clear run failure', async () => {
    const { result, events } = await runAgainst([{ error: { type: 'overloaded_error', message: 'Overloaded' } }]);
    const message = 'the model API returned an error: overloaded_error: Overloaded';
    expect(result).toEqual({ outcome: 'failed', error: message });
    expect(events.at(-1)).toMatchObject({ type: 'run.failed', error: message });
  });

  it('an HTTP error reply surfaces with its status and message', async () => {
    const { result } = await runAgainst([{ error: { type: 'invalid_request_error', message: 'max_tokens: too large' }, status: 400 }]);
    expect(result).toEqual({
      outcome: 'failed', error: 'the model API returned an error (HTTP 400): invalid_request_error: max_tokens: too large',
    });
  });
});

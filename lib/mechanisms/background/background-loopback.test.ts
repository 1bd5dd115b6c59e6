// The SDK path: a real HTTP model server on 127.0.0.1 speaking the Anthropic wire format, and s08's agent.
import Anthropic from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { createSink } from '../../agent/sink';
import { type LoopbackModel, startLoopbackModel } from '../../agent/testing/loopback-server';
import { createWorkspace, type RunWorkspace } from '../../agent/workspace';
import { lesson } from '../../lessons/s08-background-tasks';

let server: LoopbackModel;
let workspace: RunWorkspace;
afterEach(async () => {
  await server.close();
  await workspace.dispose();
});

async function runAgainst(replies: Parameters<typeof startLoopbackModel>[0]) {
  server = await startLoopbackModel(replies);
  workspace = await createWorkspace('s08');
  const agent = lesson.createAgent({
    lesson: 's08', sink: createSink(), workspace, signal: new AbortController().signal, limits: { maxTurns: 10 },
    model: { client: new Anthropic({ apiKey: 'test', baseURL: server.baseURL, maxRetries: 0 }), model: 'loopback', mode: 'api' },
  });
  try {
    return await agent.send('go');
  } finally {
    await agent.dispose();
  }
}

describe('s08 against a loopback model server', () => {
  it('the model call after a command finished mid-turn carries its <background-results> next to the tool results', async () => {
    const text = await runAgainst([
      { tools: [{ name: 'background_run', input: { command: 'echo from-the-background' } }] },
      { tools: [{ name: 'bash', input: { command: 'sleep 0.5' } }] },
      { text: 'done' },
    ]);
    expect(text).toBe('done');
    const third = server.requests[2].body.messages;
    expect(third.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(third.at(-1)?.content).toEqual([
      expect.objectContaining({ type: 'tool_result', content: '(no output)' }),
      { type: 'text', text: '<background-results>\n[bg:1] completed: from-the-background\n</background-results>' },
    ]);
    // Exactly once: the earlier request had nothing yet, and the block appears in no other message.
    expect(JSON.stringify(server.requests[1].body.messages)).not.toContain('background-results');
    expect(JSON.stringify(third).match(/background-results>/g)).toHaveLength(2);
  });

  it('when the model ends its turn with a command still running, the loop waits and sends the result in a new call', async () => {
    const text = await runAgainst([
      { tools: [{ name: 'background_run', input: { command: 'sleep 0.3; echo late' } }] },
      { text: 'I will wait.' },
      { text: 'got it' },
    ]);
    expect(text).toBe('got it');
    expect(server.requests).toHaveLength(3);
    expect(server.requests[2].body.messages.at(-1)).toEqual({
      role: 'user', content: [{ type: 'text', text: '<background-results>\n[bg:1] completed: late\n</background-results>' }],
    });
  });
});

import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import type { Script } from '../script';
import { scriptedFetch } from './fetch';

const scripts: Script[] = [{
  prompt: 'Show me the project.',
  turns: [{
    text: 'Let me look at the files in this project first.',
    tools: [{ name: 'bash', input: { command: 'find . -type f | sort && cat package.json' } }],
  }],
}];

const client = () => new Anthropic({ apiKey: 'scripted', fetch: scriptedFetch(scripts, { chunkDelayMs: 0 }), maxRetries: 0 });
const request = { model: 'scripted', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Show me the project.' }] };

describe('scriptedFetch, read by the real Anthropic SDK', () => {
  it('streams text in several deltas and tool input in several JSON pieces that join into the input', async () => {
    const stream = client().messages.stream(request);
    const texts: string[] = [];
    const pieces: string[] = [];
    stream.on('text', (t) => texts.push(t));
    stream.on('inputJson', (partial) => pieces.push(partial));
    const message = await stream.finalMessage();
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.join('')).toBe('Let me look at the files in this project first.');
    expect(pieces.length).toBeGreaterThan(2);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content[1]).toEqual({
      type: 'tool_use', id: 'toolu_scripted_1', name: 'bash', input: { command: 'find . -type f | sort && cat package.json' },
    });
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it('answers create() with a complete JSON message', async () => {
    const message = await client().messages.create(request);
    expect(message.type).toBe('message');
    expect(message.role).toBe('assistant');
    expect(message.content.map((b) => b.type)).toEqual(['text', 'tool_use']);
    expect(message.usage.input_tokens).toBeGreaterThan(0);
  });

  it('sends every SSE frame with an event line, a ping among them, in the API order', async () => {
    const res = await scriptedFetch(scripts, { chunkDelayMs: 0 })('https://api.anthropic.com/v1/messages', {
      method: 'POST', body: JSON.stringify({ ...request, stream: true }),
    });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const frames = (await res.text()).trim().split('\n\n');
    const events = frames.map((f) => f.split('\n')[0]);
    expect(events.every((e) => e.startsWith('event: '))).toBe(true);
    expect(events[0]).toBe('event: message_start');
    expect(events).toContain('event: ping');
    expect(events.slice(-2)).toEqual(['event: message_delta', 'event: message_stop']);
  });

  it('refuses anything but POST /v1/messages with a clear error', async () => {
    await expect(client().models.list()).rejects.toThrow(/only answers POST \/v1\/messages/);
  });
});

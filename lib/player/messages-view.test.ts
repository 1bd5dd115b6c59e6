import { describe, expect, it } from 'vitest';
import type { Message } from '../timeline/events';
import { displayMessages, parseBackgroundResults, splitText } from './messages-view';

describe('messages panel view', () => {
  it('marks the entries added since the model last called as new', () => {
    const messages: Message[] = [
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: [{ type: 'text', text: 'hello' }] },
      { role: 'user', content: 'again' },
    ];
    expect(displayMessages(messages, 2).map((m) => m.isNew)).toEqual([false, false, true]);
  });

  it('names the tool a result answers, from the matching tool_use', () => {
    const messages: Message[] = [
      { role: 'assistant', content: [{ type: 'tool_use', id: 'tu1', name: 'bash', input: { command: 'ls' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'tu1', content: 'a.txt', is_error: true }] },
    ];
    const [use, result] = displayMessages(messages, 0);
    expect(use.blocks[0]).toEqual({ kind: 'tool_use', id: 'tu1', name: 'bash', input: '{\n  "command": "ls"\n}' });
    expect(result.blocks[0]).toEqual({ kind: 'tool_result', toolUseId: 'tu1', toolName: 'bash', content: 'a.txt', isError: true });
  });

  it('reads each background result of a drain, in order, with multi-line output kept', () => {
    const body = '[bg:bg_1] completed: done\n[bg:bg_2] failed: line one\nline two\n[bg:bg_3] timeout: ';
    expect(parseBackgroundResults(body)).toEqual([
      { id: 'bg_1', status: 'completed', output: 'done' },
      { id: 'bg_2', status: 'failed', output: 'line one\nline two' },
      { id: 'bg_3', status: 'timeout', output: '' },
    ]);
  });

  it('splits injected blocks out of a text and keeps the words around them', () => {
    const text = 'Status:\n<background-results>\n[bg:bg_1] completed: ok\n</background-results>\n<inbox>\nfrom alice\n</inbox>';
    expect(splitText(text)).toEqual([
      { kind: 'text', text: 'Status:' },
      { kind: 'background_results', results: [{ id: 'bg_1', status: 'completed', output: 'ok' }] },
      { kind: 'tagged', tag: 'inbox', body: 'from alice' },
    ]);
  });

  it('shows plain text as it is', () => {
    expect(splitText('no tags <here')).toEqual([{ kind: 'text', text: 'no tags <here' }]);
  });
});

describe('messages panel view, repeated', () => {
  it('gives an unchanged message the same readable blocks on every step', () => {
    const first: Message = { role: 'user', content: 'hi' };
    const a = displayMessages([first], 0);
    const b = displayMessages([first, { role: 'assistant', content: 'yo' }], 1);
    expect(b[0].blocks).toBe(a[0].blocks);
    expect(b[0].isNew).toBe(false);
  });
});

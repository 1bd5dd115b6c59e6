import { describe, expect, it } from 'vitest';
import type { Message } from '../../timeline/events';
import type { Script } from '../script';
import { COMPACT_SUMMARY_MARKER, SUMMARY_SYSTEM_PROMPT } from './markers';
import { END_OF_SCRIPT_TEXT, NO_SCRIPT_TEXT, chooseTurn } from './select';

const scripts: Script[] = [
  {
    prompt: 'List the files.',
    turns: [
      { text: 'first', tools: [{ name: 'bash', input: { command: 'ls' } }] },
      (req) => ({ text: `saw: ${req.lastToolResults.join('|')}` }),
    ],
    afterCompact: [{ text: 'resumed after compaction' }],
  },
  { prompt: 'List the files. Then more.', turns: [{ text: 'the longer prompt wins' }] },
  { prompt: 'Write a haiku', turns: [{ text: 'teammate turn' }] },
];

const user = (content: Message['content']): Message => ({ role: 'user', content });
const assistant = (text: string): Message => ({ role: 'assistant', content: [{ type: 'text', text }] });
const toolResult = (content: string): Message => user([{ type: 'tool_result', tool_use_id: 't1', content }]);

describe('chooseTurn: which scripted turn answers a request', () => {
  it('plays the first turn for a prompt the user message contains', () => {
    expect(chooseTurn(scripts, { messages: [user('Please: List the files.')] }).text).toBe('first');
  });

  it('counts the assistant messages after the prompt to pick the turn, and lets steps read tool results', () => {
    const messages = [user('List the files.'), assistant('first'), toolResult('a.js\nb.js')];
    expect(chooseTurn(scripts, { messages }).text).toBe('saw: a.js\nb.js');
  });

  it('prefers the longest prompt when several match', () => {
    expect(chooseTurn(scripts, { messages: [user('List the files. Then more.')] }).text).toBe('the longer prompt wins');
  });

  it('looks from the latest user message back, reading text blocks but not tool results', () => {
    const messages = [user('List the files.'), assistant('x'), user([{ type: 'text', text: 'Write a haiku about it' }])];
    expect(chooseTurn(scripts, { messages }).text).toBe('teammate turn');
    const quoted = [user('List the files.'), assistant('x'), toolResult('Write a haiku')];
    expect(chooseTurn(scripts, { messages: quoted }).text).toMatch(/^saw:/);
  });

  it('plays afterCompact turns when the matched message is a compaction summary', () => {
    const summary = user(`${COMPACT_SUMMARY_MARKER}\nThe user asked: "List the files."`);
    expect(chooseTurn(scripts, { messages: [summary] }).text).toBe('resumed after compaction');
  });

  it('answers a summary request with a summary quoting the original prompt', () => {
    const transcript = JSON.stringify([
      user('List the files.'),
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'read_file', input: {} }] },
    ]);
    const turn = chooseTurn(scripts, { system: `${SUMMARY_SYSTEM_PROMPT}\nBe brief.`, messages: [user(transcript)] });
    expect(turn.tools).toBeUndefined();
    expect(turn.text).toContain('The user asked: "List the files."');
    expect(turn.text).toContain('read_file ×1');
    // …so the summary message that replaces the history still selects the script.
    expect(chooseTurn(scripts, { messages: [user(`${COMPACT_SUMMARY_MARKER}\n${turn.text}`)] }).text).toBe('resumed after compaction');
  });

  it('says it is the scripted model when no script matches', () => {
    expect(chooseTurn(scripts, { messages: [user('Write me a compiler.')] }).text).toBe(NO_SCRIPT_TEXT);
    expect(NO_SCRIPT_TEXT).toContain('set ANTHROPIC_API_KEY');
  });

  it('says the script has ended when the conversation goes past it', () => {
    const messages = [user('Write a haiku'), assistant('teammate turn'), user('and another')];
    expect(chooseTurn(scripts, { messages }).text).toBe(END_OF_SCRIPT_TEXT);
  });
});

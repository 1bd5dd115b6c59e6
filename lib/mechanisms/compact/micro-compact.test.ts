import { describe, expect, it } from 'vitest';
import type { Message } from '../../timeline/events';
import { microCompact, restoreResults } from './micro-compact';

/** A conversation where the model read files one per turn; each result is `size` characters. */
function reads(sizes: number[]): Message[] {
  const messages: Message[] = [{ role: 'user', content: 'read everything' }];
  sizes.forEach((size, i) => {
    messages.push({ role: 'assistant', content: [{ type: 'tool_use', id: `t${i}`, name: i % 2 ? 'bash' : 'read_file', input: {} }] });
    messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: `t${i}`, content: 'x'.repeat(size) }] });
  });
  return messages;
}

const resultTexts = (messages: Message[]) =>
  messages.flatMap((m) => (typeof m.content === 'string' ? [] : m.content.flatMap((b) => (b.type === 'tool_result' ? [b.content] : []))));

describe('microCompact', () => {
  it('keeps the last 3 tool results and replaces older long ones with a placeholder naming the tool', () => {
    const { messages, originals } = microCompact(reads([500, 500, 500, 500, 500]));
    expect(originals.size).toBe(2);
    expect(resultTexts(messages)).toEqual([
      '[Previous: used read_file]', '[Previous: used bash]', 'x'.repeat(500), 'x'.repeat(500), 'x'.repeat(500),
    ]);
  });

  it('leaves short results alone: replacing them would save nothing', () => {
    const { messages, originals } = microCompact(reads([100, 40, 500, 500, 500]));
    expect(originals.size).toBe(0);
    expect(resultTexts(messages)[0]).toBe('x'.repeat(100));
  });

  it('changes nothing when there are 3 results or fewer, and is idempotent', () => {
    expect(microCompact(reads([500, 500, 500])).originals.size).toBe(0);
    const once = microCompact(reads([500, 500, 500, 500])).messages;
    expect(microCompact(once)).toEqual({ messages: once, originals: new Map() });
  });

  it('returns what it replaced, so restoreResults gives back the history as it was', () => {
    const input = reads([500, 500, 500, 500, 500]);
    const { messages, originals } = microCompact(input);
    expect(originals.size).toBe(2);
    expect(restoreResults(messages, originals)).toEqual(input);
  });

  it('does not touch the input', () => {
    const input = reads([500, 500, 500, 500]);
    const copy = structuredClone(input);
    microCompact(input);
    expect(input).toEqual(copy);
  });
});

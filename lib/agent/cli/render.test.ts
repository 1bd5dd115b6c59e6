import { describe, expect, it } from 'vitest';
import type { EventBody } from '../../timeline/events';
import { createSink } from '../sink';
import { createPrinter } from './render';

function show(bodies: EventBody[], maxResultLines?: number): string {
  let out = '';
  const printer = createPrinter({ write: (t) => { out += t; }, color: false, maxResultLines });
  const sink = createSink((e) => printer.onEvent(e));
  for (const b of bodies) sink.emit(b);
  return out;
}

describe('the CLI printer', () => {
  it('streams the main text, then shows each tool call and its result on their own lines', () => {
    expect(show([
      { type: 'llm.text', actor: 'main', delta: 'Let me ' },
      { type: 'llm.text', actor: 'main', delta: 'look.' },
      { type: 'llm.response', actor: 'main', turn: 1, stopReason: 'tool_use', content: [], inputTokens: 1, outputTokens: 1 },
      { type: 'tool.call', actor: 'main', id: 't1', name: 'bash', input: { command: 'ls src' } },
      { type: 'tool.result', actor: 'main', id: 't1', name: 'bash', output: 'a.js\nb.js\n', isError: false, durationMs: 3 },
    ])).toBe('Let me look.\n→ bash ls src\n  a.js\n  b.js\n');
  });

  it('shortens long results and says how many lines it left out', () => {
    const output = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n');
    expect(show([{ type: 'tool.result', actor: 'main', id: 't', name: 'read_file', output, isError: false, durationMs: 1 }], 3))
      .toBe('  line 0\n  line 1\n  line 2\n  … 7 more lines\n');
  });

  it('labels other actors and prints their replies whole instead of interleaving deltas', () => {
    expect(show([
      { type: 'llm.text', actor: 'mate:alice', delta: 'half' },
      { type: 'llm.response', actor: 'mate:alice', turn: 1, stopReason: 'end_turn', content: [{ type: 'text', text: 'whole reply' }], inputTokens: 1, outputTokens: 1 },
    ])).toBe('[mate:alice] whole reply\n');
  });

  it('says why a run failed or stopped', () => {
    expect(show([{ type: 'run.failed', actor: 'main', error: 'boom' }])).toBe('run failed: boom\n');
    expect(show([{ type: 'run.finished', actor: 'main', outcome: 'turn_limit', text: 'stopped after 2 model calls' }]))
      .toBe('stopped (turn limit): stopped after 2 model calls\n');
  });
});

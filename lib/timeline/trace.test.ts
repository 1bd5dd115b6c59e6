import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEvents } from './test-arbitraries';
import { ev, header, seqd } from './test-builders';
import { readTrace, writeTrace } from './trace';

const events = seqd([ev.runStarted(), ev.llmRequest(), ev.llmText(), ev.llmResponse(), ev.runFinished()]);
const lines = () => writeTrace(header(), events).split('\n');
const withLine = (n: number, text: string) => { const l = lines(); l[n - 1] = text; return l.join('\n'); };

describe('writeTrace', () => {
  it('writes JSON Lines: the header, then one event a line, ending in a newline', () => {
    const text = writeTrace(header(), events);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(events.length + 2);
    expect(JSON.parse(text.split('\n')[0])).toEqual(header());
  });
});

describe('readTrace', () => {
  it('reads back exactly what was written, for any run', () => {
    fc.assert(fc.property(runEvents, (run) => {
      expect(readTrace(writeTrace(header({ lesson: 's08' }), run))).toEqual({ ok: true, header: header({ lesson: 's08' }), events: run });
    }), { numRuns: 100 });
  });

  it('accepts a file without the final newline, with CRLF line ends, or with no events', () => {
    expect(readTrace(writeTrace(header(), events).trimEnd()).ok).toBe(true);
    expect(readTrace(writeTrace(header(), events).replaceAll('\n', '\r\n')).ok).toBe(true);
    expect(readTrace(writeTrace(header(), []))).toEqual({ ok: true, header: header(), events: [] });
  });

  it.each([
    ['an empty file', '', 1, 'line 1: empty, expected a trace header'],
    ['a header that is not JSON', withLine(1, '{oops'), 1, 'line 1: not JSON'],
    ['another format', withLine(1, JSON.stringify({ ...header(), format: 'har' })), 1, 'line 1: not a trace header (format)'],
    ['a newer version', withLine(1, JSON.stringify({ ...header(), version: 2 })), 1, 'line 1: unsupported trace version 2 (expected 1)'],
    ['a header missing its model', withLine(1, JSON.stringify({ ...header(), model: undefined })), 1, 'line 1: bad trace header: model: Invalid input: expected string, received undefined'],
    ['an event that is not JSON', withLine(3, 'nope'), 3, 'line 3: not JSON'],
    ['a blank line', withLine(4, ''), 4, 'line 4: empty line, expected an event'],
    ['an array', withLine(2, '[1]'), 2, 'line 2: not an event (expected a JSON object)'],
    ['an unknown type', withLine(2, '{"type":"llm.think","seq":0}'), 2, 'line 2: unknown event type "llm.think"'],
    ['a field of the wrong type', withLine(3, JSON.stringify({ ...events[1], turn: 'one' })), 3, 'line 3: bad llm.request event: turn: Invalid input: expected number, received string'],
    ['a bad actor', withLine(2, JSON.stringify({ ...events[0], actor: 'ghost' })), 2, 'line 2: bad run.started event: actor: Invalid input'],
    ['a gap in seq', withLine(4, JSON.stringify({ ...events[2], seq: 9 })), 4, 'line 4: seq 9 expected 2'],
  ])('names the first bad line: %s', (_, text, line, message) => {
    expect(readTrace(text)).toEqual({ ok: false, line, reason: message.slice(`line ${line}: `.length), message });
  });

  it('reports only the first of several bad lines', () => {
    const l = lines();
    l[2] = 'bad';
    l[4] = 'worse';
    expect(readTrace(l.join('\n'))).toMatchObject({ line: 3 });
  });

  it('refuses events after the run ended', () => {
    const text = writeTrace(header(), seqd([ev.runStarted(), ev.runFinished(), ev.llmRequest()]));
    expect(readTrace(text)).toEqual({
      ok: false, line: 4, reason: 'event after the run ended (run.finished on line 3)', message: 'line 4: event after the run ended (run.finished on line 3)',
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSseComment, encodeSseEvent, parseSseFrames, SseParser } from './sse';
import { runEvents } from './test-arbitraries';
import { ev, seqd } from './test-builders';

const events = seqd([ev.runStarted(), ev.llmText({ delta: 'two\nlines' }), ev.runFinished()]);

describe('encodeSseEvent', () => {
  it('frames an event with its seq as the id, so a reconnect can resume after it', () => {
    expect(encodeSseEvent(events[1])).toBe(`id: 1\ndata: ${JSON.stringify(events[1])}\n\n`);
  });
});

describe('encodeSseComment', () => {
  it('writes a comment frame, one comment line per line of text', () => {
    expect(encodeSseComment('ping')).toBe(': ping\n\n');
    expect(encodeSseComment('a\nb')).toBe(': a\n: b\n\n');
  });
});

describe('SseParser', () => {
  it('gets back every event however the stream is split into chunks', () => {
    const split = runEvents.chain((run) => {
      const text = run.map(encodeSseEvent).join(encodeSseComment('heartbeat'));
      return fc.tuple(fc.constant(run), fc.constant(text), fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 20 }));
    });
    fc.assert(fc.property(split, ([run, text, cuts]) => {
      const parser = new SseParser();
      const bounds = [0, ...cuts.sort((a, b) => a - b), text.length];
      const frames = bounds.slice(1).flatMap((end, i) => parser.push(text.slice(bounds[i], end)));
      expect(frames.map((f) => f.id)).toEqual(run.map((e) => String(e.seq)));
      expect(frames.map((f) => JSON.parse(f.data))).toEqual(run);
    }), { numRuns: 100 });
  });

  it('hands comments to onComment and not out as frames', () => {
    const comments: string[] = [];
    const frames = new SseParser((c) => comments.push(c)).push(`${encodeSseComment('hb')}${encodeSseEvent(events[0])}`);
    expect(comments).toEqual(['hb']);
    expect(frames).toHaveLength(1);
  });

  it('follows the SSE line rules: CR, LF and CRLF ends, multi-line data, event names, a split CRLF', () => {
    const parser = new SseParser();
    expect(parser.push('\uFEFFevent: error\r\ndata: a\rdata:b\r')).toEqual([]);
    expect(parser.push('\n\r\nid\ndata\n\n')).toEqual([
      { id: null, event: 'error', data: 'a\nb' },
      { id: '', event: null, data: '' },
    ]);
  });

  it('keeps an unterminated frame back until it is complete', () => {
    const whole = encodeSseEvent(events[2]);
    expect(parseSseFrames(whole.slice(0, -1))).toEqual([]);
    expect(parseSseFrames(whole)).toHaveLength(1);
  });
});

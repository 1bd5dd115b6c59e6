import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../timeline/events';
import { EventBuffer } from './event-buffer';

const text = (seq: number): TimelineEvent => ({ type: 'llm.text', actor: 'main', delta: `d${seq}`, seq, t: seq });
const finished = (seq: number): TimelineEvent => ({
  type: 'run.finished', actor: 'main', outcome: 'completed', text: '', seq, t: seq,
});

function filled(n: number): EventBuffer {
  const b = new EventBuffer();
  for (let i = 0; i < n; i++) b.append(text(i));
  return b;
}

describe('EventBuffer', () => {
  it('replays held events from the requested seq, then follows new ones: each seq once, in order', () => {
    const b = filled(5);
    const got: number[] = [];
    b.subscribe(2, (e) => got.push(e.seq));
    b.append(text(5));
    b.append(finished(6));
    expect(got).toEqual([2, 3, 4, 5, 6]);
  });

  it('a subscriber asking for a seq not emitted yet gets nothing before it', () => {
    const b = filled(2);
    const got: number[] = [];
    b.subscribe(4, (e) => got.push(e.seq));
    for (let i = 2; i < 6; i++) b.append(text(i));
    expect(got).toEqual([4, 5]);
  });

  it('stops notifying after unsubscribe', () => {
    const b = filled(1);
    const got: number[] = [];
    const stop = b.subscribe(0, (e) => got.push(e.seq));
    stop();
    b.append(text(1));
    expect(got).toEqual([0]);
  });

  it('refuses a gap or a repeat in seq, naming the expected seq', () => {
    const b = filled(3);
    expect(() => b.append(text(5))).toThrow('expected 3');
    expect(() => b.append(text(2))).toThrow('expected 3');
  });

  it('is ended after the final event and refuses anything after it', () => {
    const b = filled(2);
    b.append(finished(2));
    expect(b.ended).toBe(true);
    expect(() => b.append(text(3))).toThrow('after the run');
  });

  it('counts events by type', () => {
    const b = filled(3);
    b.append(finished(3));
    expect(b.countByType()).toEqual({ 'llm.text': 3, 'run.finished': 1 });
  });
});

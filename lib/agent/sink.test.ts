import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../timeline/events';
import { createSink } from './sink';

describe('createSink', () => {
  it('stamps seq 0,1,2,… and t in ms since creation, and hands each event to the listener', () => {
    let clock = 1000;
    const seen: TimelineEvent[] = [];
    const sink = createSink((e) => seen.push(e), { now: () => clock });
    clock = 1012.4;
    sink.emit({ type: 'llm.text', actor: 'main', delta: 'a' });
    clock = 1030.6;
    sink.emit({ type: 'llm.text', actor: 'sub:1', delta: 'b' });
    expect(seen.map((e) => [e.seq, e.t, e.actor])).toEqual([[0, 12, 'main'], [1, 31, 'sub:1']]);
  });

  it('never lets t go backwards', () => {
    const times = [0, 50, 20];
    const sink = createSink(undefined, { now: () => times.shift() ?? 0, collect: true });
    sink.emit({ type: 'llm.text', actor: 'main', delta: 'a' });
    sink.emit({ type: 'llm.text', actor: 'main', delta: 'b' });
    expect(sink.events.map((e) => e.t)).toEqual([50, 50]);
  });

  it('keeps nothing unless asked to collect', () => {
    const sink = createSink();
    sink.emit({ type: 'llm.text', actor: 'main', delta: 'a' });
    expect(sink.events).toEqual([]);
  });
});

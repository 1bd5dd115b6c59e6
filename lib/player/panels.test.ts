import { describe, expect, it } from 'vitest';
import type { EventBody, TimelineEvent } from '../timeline/events';
import { estimateTokens, panelsFor, peakTokens, usesBackground } from './panels';

const seqd = (bodies: EventBody[]): TimelineEvent[] => bodies.map((b, i) => ({ ...b, seq: i, t: i }) as TimelineEvent);

describe('lesson panels', () => {
  it('shows only the panels the run has data for, in lesson order', () => {
    const events = seqd([
      { type: 'mate.spawned', actor: 'mate:alice', name: 'alice', role: 'coder', prompt: 'p' },
      { type: 'todo.updated', actor: 'main', items: [] },
      { type: 'protocol.requested', actor: 'main', requestId: 'r1', kind: 'plan', from: 'alice', to: 'lead', content: 'c' },
    ]);
    expect(panelsFor(events)).toEqual(['todo', 'team', 'protocols']);
  });

  it('an s08 run needs no extra panel (its queue is always shown)', () => {
    const events = seqd([{ type: 'bg.started', actor: 'bg:bg_1', id: 'bg_1', command: 'sleep 2', pid: 1 }]);
    expect(panelsFor(events)).toEqual([]);
  });

  it('scales the context gauge to the largest context of the run, compactions included', () => {
    const events = seqd([
      { type: 'llm.request', actor: 'main', turn: 1, messageCount: 1, tokenEstimate: 900 },
      { type: 'context.compacted', actor: 'main', layer: 'auto', tokensBefore: 4000, tokensAfter: 300 },
      { type: 'llm.request', actor: 'main', turn: 2, messageCount: 2, tokenEstimate: 400 },
    ]);
    expect(peakTokens(events)).toBe(4000);
    expect(peakTokens([])).toBe(1);
  });

  it('estimates tokens at four characters each', () => {
    expect(estimateTokens([{ role: 'user', content: 'x'.repeat(100) }])).toBe(Math.ceil(JSON.stringify([{ role: 'user', content: 'x'.repeat(100) }]).length / 4));
  });

  it('shows the notification queue for the background lesson, or any run that starts a process', () => {
    expect(usesBackground([], ['bash', 'background_run'])).toBe(true);
    expect(usesBackground([], ['bash'])).toBe(false);
    const events = seqd([{ type: 'bg.started', actor: 'bg:bg_1', id: 'bg_1', command: 'sleep 1', pid: 1 }]);
    expect(usesBackground(events, ['bash'])).toBe(true);
  });
});

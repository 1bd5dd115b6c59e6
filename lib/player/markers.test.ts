import { describe, expect, it } from 'vitest';
import type { EventBody, TimelineEvent } from '../timeline/events';
import { markerPath, markerSteps, neighbourStep } from './markers';

const seqd = (bodies: EventBody[]): TimelineEvent[] => bodies.map((b, i) => ({ ...b, seq: i, t: i * 10 }) as TimelineEvent);

const run = seqd([
  { type: 'run.started', actor: 'main', lesson: 's08', prompt: 'p', model: 'scripted', mode: 'scripted' },
  { type: 'llm.request', actor: 'main', turn: 1, messageCount: 1, tokenEstimate: 10 },
  { type: 'tool.call', actor: 'main', id: 't1', name: 'background_run', input: { command: 'sleep 2' } },
  { type: 'bg.started', actor: 'bg:bg_1', id: 'bg_1', command: 'sleep 2', pid: 1 },
  { type: 'bg.finished', actor: 'bg:bg_1', id: 'bg_1', status: 'completed', exitCode: 0, output: '', durationMs: 2000 },
  { type: 'queue.enqueued', actor: 'main', id: 'bg_1', status: 'completed', preview: '' },
  { type: 'queue.drained', actor: 'main', ids: ['bg_1'], beforeTurn: 2, text: '' },
  { type: 'llm.request', actor: 'main', turn: 2, messageCount: 3, tokenEstimate: 20 },
]);

describe('scrubber markers', () => {
  it('puts each event that matters on its kind’s row, and the drain where the queue is drained', () => {
    expect(markerSteps(run)).toEqual({ model: [1, 7], tool: [2], process: [3, 4], drain: [6], message: [] });
  });

  it('draws one bar per marker, spread across the whole width', () => {
    const d = markerPath([0, 9], 10, 4, 1);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.startsWith('M-0.50 0h1.00v4')).toBe(true);
    expect(d).toContain('M9.50 0h1.00v4');
    expect(markerPath([], 10, 4)).toBe('');
  });

  it('finds the previous and next model call from any step', () => {
    const calls = markerSteps(run).model;
    expect(neighbourStep(calls, 0, 1)).toBe(1);
    expect(neighbourStep(calls, 1, 1)).toBe(7);
    expect(neighbourStep(calls, 7, 1)).toBeNull();
    expect(neighbourStep(calls, 7, -1)).toBe(1);
    expect(neighbourStep(calls, 5, -1)).toBe(1);
    expect(neighbourStep(calls, 1, -1)).toBeNull();
  });
});

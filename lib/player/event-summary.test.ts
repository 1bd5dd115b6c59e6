import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../timeline/events';
import { clip, eventSummary } from './event-summary';

const base = { seq: 0, t: 0 } as const;

describe('event summary', () => {
  it('shows the command a tool call runs', () => {
    const e: TimelineEvent = { ...base, actor: 'main', type: 'tool.call', id: 't1', name: 'background_run', input: { command: 'sleep 2' } };
    expect(eventSummary(e)).toBe('background_run sleep 2');
  });

  it('says which results a drain handed to which turn', () => {
    const e: TimelineEvent = { ...base, actor: 'main', type: 'queue.drained', ids: ['bg_1', 'bg_2'], beforeTurn: 3, text: '' };
    expect(eventSummary(e)).toBe('bg_1, bg_2 → turn 3');
  });

  it('gives a finished process its outcome and exit code', () => {
    const e: TimelineEvent = { ...base, actor: 'bg:bg_2', type: 'bg.finished', id: 'bg_2', status: 'failed', exitCode: 1, output: '', durationMs: 5 };
    expect(eventSummary(e)).toBe('bg_2 · failed (exit 1)');
  });

  it('keeps a summary to one short line', () => {
    expect(clip('a\n\nb   c')).toBe('a b c');
    expect(clip('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

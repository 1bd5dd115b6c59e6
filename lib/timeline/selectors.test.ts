import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './events';
import type { Phase } from './state';
import { markerKind, phaseEffect } from './selectors';
import { snapshotAt } from './snapshot';
import { runEvents } from './test-arbitraries';
import { ev, seqd } from './test-builders';

const events = seqd([
  ev.runStarted(), ev.llmRequest(), ev.llmResponse({ stopReason: 'tool_use' }), ev.toolCall({ name: 'background_run' }),
  ev.bgStarted({ id: 'b1' }), ev.toolResult(), ev.llmRequest({ actor: 'sub:1' }), ev.bgFinished({ id: 'b1' }),
  ev.queueEnqueued({ id: 'b1' }), ev.queueDrained({ ids: ['b1'] }), ev.llmRequest({ turn: 2 }), ev.mailSent(),
]);

/** The phase at step k, found by looking back for the last event that set one. */
function phaseAt(run: readonly TimelineEvent[], k: number): Phase {
  for (let i = Math.min(k, run.length - 1); i >= 0; i--) {
    const phase = phaseEffect(run[i]);
    if (phase) return phase;
  }
  return 'idle';
}

describe('phaseEffect', () => {
  it('the last phase an event set agrees with the folded state at every step of any run', () => {
    fc.assert(fc.property(runEvents, (run) => {
      for (let k = -1; k < run.length; k++) expect(phaseAt(run, k)).toBe(snapshotAt(run, k).phase);
    }), { numRuns: 100 });
  });

  it('is set only by the main loop: a subagent calling its model leaves the main phase alone', () => {
    expect(phaseEffect(events[1])).toBe('calling_model');
    expect(phaseEffect(events[6])).toBeNull();
  });
});

describe('markerKind', () => {
  it('marks model calls, tool calls, process start and finish, drains and team mail, nothing else', () => {
    expect(events.map(markerKind)).toEqual([
      null, 'model', null, 'tool', 'process', null, 'model', 'process', null, 'drain', 'model', 'message',
    ]);
  });
});

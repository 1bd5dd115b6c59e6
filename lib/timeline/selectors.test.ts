import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDrainStep, markerKind, modelCallSteps, phaseAt } from './selectors';
import { snapshotAt } from './snapshot';
import { runEvents } from './test-arbitraries';
import { ev, seqd } from './test-builders';

const events = seqd([
  ev.runStarted(), ev.llmRequest(), ev.llmResponse({ stopReason: 'tool_use' }), ev.toolCall({ name: 'background_run' }),
  ev.bgStarted({ id: 'b1' }), ev.toolResult(), ev.llmRequest({ actor: 'sub:1' }), ev.bgFinished({ id: 'b1' }),
  ev.queueEnqueued({ id: 'b1' }), ev.queueDrained({ ids: ['b1'] }), ev.llmRequest({ turn: 2 }), ev.mailSent(),
]);

describe('phaseAt', () => {
  it('agrees with the folded state at every step of any run', () => {
    fc.assert(fc.property(runEvents, (run) => {
      for (let k = -1; k < run.length; k++) expect(phaseAt(run, k)).toBe(snapshotAt(run, k).phase);
    }), { numRuns: 100 });
  });

  it('is idle before the first event', () => {
    expect(phaseAt(events, -1)).toBe('idle');
  });
});

describe('isDrainStep', () => {
  it('is true exactly at the queue drain', () => {
    expect(events.map((_, k) => isDrainStep(events, k))).toEqual(events.map((e) => e.type === 'queue.drained'));
    expect(isDrainStep(events, 99)).toBe(false);
  });
});

describe('markerKind', () => {
  it('marks model calls, tool calls, process start and finish, drains and team mail, nothing else', () => {
    expect(events.map(markerKind)).toEqual([
      null, 'model', null, 'tool', 'process', null, 'model', 'process', null, 'drain', 'model', 'message',
    ]);
  });
});

describe('modelCallSteps', () => {
  it('lists where model calls start, ascending, for all actors or one', () => {
    expect(modelCallSteps(events)).toEqual([1, 6, 10]);
    expect(modelCallSteps(events, 'main')).toEqual([1, 10]);
    expect(modelCallSteps(events, 'mate:x')).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type TimelineEvent } from './events';
import { applyEvent, initialState } from './reduce';
import { SnapshotIndex, snapshotAt } from './snapshot';
import type { RunState } from './state';
import { runEvents } from './test-arbitraries';
import { ev, seqd } from './test-builders';

const foldFromZero = (events: readonly TimelineEvent[], k: number): RunState =>
  events.slice(0, k + 1).reduce(applyEvent, initialState());

/** A run and a step in it (-1 … last). */
const runAndStep = runEvents.chain((events) => fc.tuple(fc.constant(events), fc.integer({ min: -1, max: events.length - 1 })));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('snapshotAt', () => {
  it('equals folding events[0..k] from zero, for any run and step', () => {
    fc.assert(fc.property(runAndStep, ([events, k]) => {
      expect(snapshotAt(events, k)).toEqual(foldFromZero(events, k));
    }), { numRuns: 300 });
  });

  it('gives the initial state at k = -1', () => {
    expect(snapshotAt(seqd([ev.runStarted()]), -1)).toEqual(initialState());
  });

  it('names the bad step and the valid range', () => {
    const events = seqd([ev.runStarted(), ev.llmRequest()]);
    expect(() => snapshotAt(events, 2)).toThrow('step 2 is outside the run: expected an integer from -1 to 1');
    expect(() => snapshotAt(events, 0.5)).toThrow(RangeError);
  });

  it('sees events appended to the same array after an earlier seek', () => {
    const events = seqd([ev.runStarted(), ev.llmRequest(), ev.llmResponse()]);
    const live = events.slice(0, 1);
    snapshotAt(live, 0);
    live.push(events[1], events[2]);
    expect(snapshotAt(live, 2).phase).toBe('idle');
    expect(snapshotAt(live, 1).phase).toBe('calling_model');
  });
});

describe('SnapshotIndex', () => {
  it('answers every step like a fold from zero, for any checkpoint interval and any order of seeks', () => {
    const seeks = runEvents.chain((events) => fc.tuple(
      fc.constant(events), fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: -1, max: events.length - 1 }), { minLength: 1, maxLength: 12 }),
    ));
    fc.assert(fc.property(seeks, ([events, interval, ks]) => {
      const index = SnapshotIndex.of(events.map(deepFreeze), interval);
      // Frozen answers (and events) make any in-place change to what was handed out throw.
      for (const k of ks) expect(deepFreeze(index.at(k))).toEqual(foldFromZero(events, k));
    }), { numRuns: 200 });
  });

  it('indexes a live run as its events arrive, a seek at any moment matching a fold', () => {
    const live = fc.tuple(runEvents, fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: -1, max: 200 }), { minLength: 1, maxLength: 8 }));
    fc.assert(fc.property(live, ([events, interval, picks]) => {
      const index = new SnapshotIndex(interval);
      let arrived = 0;
      picks.forEach((pick, i) => {
        // Events arrive one at a time or in bursts; the user scrubs somewhere into what has arrived.
        if (i % 2 === 0 && arrived < events.length) index.append(events[arrived++]);
        else index.catchUp(events.slice(0, (arrived = Math.min(events.length, arrived + Math.abs(pick)))));
        const k = Math.min(pick, arrived - 1);
        expect(deepFreeze(index.at(k))).toEqual(foldFromZero(events, k));
        deepFreeze(index.last);
      });
      index.catchUp(events);
      expect(index.length).toBe(events.length);
      expect(index.last).toEqual(foldFromZero(events, events.length - 1));
    }), { numRuns: 200 });
  });

  it('leaves earlier states untouched while folding on (checkpoints stay valid)', () => {
    fc.assert(fc.property(runEvents, (events) => {
      let state = deepFreeze(initialState());
      // A frozen input makes any write inside applyEvent throw (modules run in strict mode).
      for (const e of events) state = deepFreeze(applyEvent(state, deepFreeze(e)));
    }), { numRuns: 100 });
  });

  it('refuses a checkpoint interval that is not a positive integer', () => {
    expect(() => new SnapshotIndex(0)).toThrow('checkpoint interval must be a positive integer, got 0');
  });
});

describe('the run generator the properties rely on', () => {
  it('produces every event type', () => {
    const seen = new Set<string>();
    for (const events of fc.sample(runEvents, { numRuns: 300, seed: 7 })) for (const e of events) seen.add(e.type);
    expect([...EVENT_TYPES].filter((t) => !seen.has(t))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { initialStep, parsePlayerQuery, pickTrace, playerQueryFor, withPlayerQuery } from './url-state';

describe('player URL', () => {
  it('reads the step and the trace from the query', () => {
    expect(parsePlayerQuery('?step=12&trace=s08-sleep')).toEqual({ step: 12, trace: 's08-sleep' });
  });

  it('ignores a step that is not a whole non-negative number', () => {
    for (const bad of ['?step=-1', '?step=abc', '?step=1.5', '?step=', '?step=1e3']) {
      expect(parsePlayerQuery(bad).step, bad).toBeNull();
    }
  });

  it('clamps a step past the end to the last event, and opens at the end without one', () => {
    expect(initialStep(500, 40)).toBe(39);
    expect(initialStep(7, 40)).toBe(7);
    expect(initialStep(null, 40)).toBe(39);
    expect(initialStep(3, 0)).toBe(-1);
  });

  it('falls back to the first trace when the URL names one the lesson does not have', () => {
    expect(pickTrace('nope', ['a', 'b'])).toBe('a');
    expect(pickTrace('b', ['a', 'b'])).toBe('b');
    expect(pickTrace(null, [])).toBeNull();
  });

  it('writes the step and trace while keeping other parameters', () => {
    expect(withPlayerQuery('?run=r1&step=3', { step: 9, trace: 's08-x' })).toBe('?run=r1&step=9&trace=s08-x');
    expect(withPlayerQuery('?step=3&trace=a', { step: null, trace: null })).toBe('');
  });

  it('round-trips: what it writes it reads back', () => {
    const search = withPlayerQuery('', { step: 42, trace: 's08-sleep' });
    expect(parsePlayerQuery(search)).toEqual({ step: 42, trace: 's08-sleep' });
  });

  it('links a step only to a recorded trace, and clears both for a file or a live run', () => {
    expect(playerQueryFor({ kind: 'recorded', name: 's08-x' }, 4)).toEqual({ step: 4, trace: 's08-x' });
    expect(playerQueryFor({ kind: 'recorded', name: 's08-x' }, -1)).toEqual({ step: 0, trace: 's08-x' });
    // A reload would open the default trace at ?step=3: some other run's moment.
    const stale = '?trace=s08-x&step=3';
    expect(withPlayerQuery(stale, playerQueryFor({ kind: 'file', name: 'mine.jsonl' }, 7))).toBe('');
    expect(withPlayerQuery(`?run=r1&${stale.slice(1)}`, playerQueryFor({ kind: 'live', runId: 'r1' }, 7))).toBe('?run=r1');
  });
});

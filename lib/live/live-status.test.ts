import { describe, expect, it } from 'vitest';
import { body, seqd } from '../timeline/test-builders';
import { isActive, refusalStatus, runIdFromSearch, statusAfterFinal, withRunParam } from './live-status';

describe('live status', () => {
  it('a refused start shows "off" for 403, "limit" for 429, an error otherwise', () => {
    expect([403, 429, 400, 500, 0].map(refusalStatus)).toEqual(['off', 'limit', 'error', 'error', 'error']);
  });

  it('the final event decides how the run ended', () => {
    const [done, cancelled, turnCap, failed] = seqd([
      body('run.finished', { outcome: 'completed' }),
      body('run.finished', { outcome: 'cancelled' }),
      body('run.finished', { outcome: 'turn_limit' }),
      body('run.failed'),
    ]);
    expect([done, cancelled, turnCap, failed].map(statusAfterFinal)).toEqual(['finished', 'cancelled', 'finished', 'failed']);
  });

  it('Cancel is offered while starting, connecting or running, and only then', () => {
    expect(['starting', 'connecting', 'running'].every((s) => isActive(s as never))).toBe(true);
    expect(['idle', 'finished', 'failed', 'cancelled', 'limit', 'off', 'error'].some((s) => isActive(s as never))).toBe(false);
  });

  it('?run=<id> is read back after a reload and set without losing the rest of the URL', () => {
    expect(runIdFromSearch('?step=4&run=abc')).toBe('abc');
    expect(runIdFromSearch('?run=')).toBeNull();
    expect(runIdFromSearch('')).toBeNull();
    const href = 'http://x/en/lessons/s08?step=3#timeline';
    expect(withRunParam(href, 'r1')).toBe('http://x/en/lessons/s08?step=3&run=r1#timeline');
    expect(withRunParam(withRunParam(href, 'r1'), null)).toBe(href);
  });
});

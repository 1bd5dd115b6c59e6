import { describe, expect, it } from 'vitest';
import { RequestTracker } from './request-tracker';

describe('RequestTracker: one state machine, pending → approved | rejected', () => {
  it('starts every request pending with its own id', () => {
    const t = new RequestTracker();
    const a = t.open('shutdown', 'lead', 'bob', 'please stop');
    const b = t.open('plan', 'alice', 'lead', '1. login form');
    expect([a.id, a.status, b.id, b.status]).toEqual(['req_1', 'pending', 'req_2', 'pending']);
  });

  it('moves a shutdown request to approved and a plan to rejected with the reason', () => {
    const t = new RequestTracker();
    t.open('shutdown', 'lead', 'bob', 'please stop');
    t.open('plan', 'carol', 'lead', 'rewrite everything');
    expect(t.resolve('req_1', { kind: 'shutdown', by: 'bob', approve: true })).toMatchObject({ status: 'approved' });
    expect(t.resolve('req_2', { kind: 'plan', by: 'lead', approve: false, reason: 'too big' })).toMatchObject({
      status: 'rejected', reason: 'too big',
    });
  });

  it('refuses an unknown request_id and lists what is pending', () => {
    const t = new RequestTracker();
    t.open('plan', 'alice', 'lead', 'p');
    expect(() => t.resolve('req_9', { kind: 'plan', by: 'lead', approve: true })).toThrow(
      'unknown request_id "req_9"; pending: req_1 (plan from alice to lead)',
    );
    expect(() => t.resolve(7, { kind: 'plan', by: 'lead', approve: true })).toThrow('unknown request_id 7');
  });

  it('refuses to answer the same request twice', () => {
    const t = new RequestTracker();
    t.open('shutdown', 'lead', 'bob', 'stop');
    t.resolve('req_1', { kind: 'shutdown', by: 'bob', approve: false, reason: 'busy' });
    expect(() => t.resolve('req_1', { kind: 'shutdown', by: 'bob', approve: true })).toThrow(
      'req_1 was already answered (rejected: busy)',
    );
    expect(t.get('req_1')?.status).toBe('rejected');
  });

  it('refuses an answer from the wrong member or with the wrong tool', () => {
    const t = new RequestTracker();
    t.open('shutdown', 'lead', 'bob', 'stop');
    expect(() => t.resolve('req_1', { kind: 'shutdown', by: 'alice', approve: true })).toThrow(
      'req_1 was sent to bob, so only bob can answer it',
    );
    expect(() => t.resolve('req_1', { kind: 'plan', by: 'bob', approve: true })).toThrow(
      'req_1 is a shutdown request; answer it with shutdown_response',
    );
    expect(t.get('req_1')?.status).toBe('pending');
  });
});

import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './events';
import { ev, seqd } from './test-builders';

describe('test builders', () => {
  it('have a builder for every event type', () => {
    expect(Object.keys(ev)).toHaveLength(EVENT_TYPES.length);
  });

  it('put bg and mate events on their own actor unless told otherwise', () => {
    expect(ev.bgStarted({ id: 'b9' }).actor).toBe('bg:b9');
    expect(ev.mateStatus({ name: 'bo' }).actor).toBe('mate:bo');
    expect(ev.llmRequest({ actor: 'sub:1' }).actor).toBe('sub:1');
  });

  it('stamp seq 0,1,2,… and t by dt', () => {
    expect(seqd([ev.runStarted(), ev.llmRequest()], 7).map((e) => [e.seq, e.t])).toEqual([[0, 0], [1, 7]]);
  });
});

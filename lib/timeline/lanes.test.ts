import { describe, expect, it } from 'vitest';
import { closeBlock, endAllLanes, ensureLane, laneLabel, openBlock, patchLane } from './lanes';

describe('lanes', () => {
  it('are labelled by the actor’s name', () => {
    expect((['main', 'bg:b7', 'sub:2', 'mate:alice'] as const).map((a) => laneLabel(a))).toEqual(['main', 'b7', '2', 'alice']);
  });

  it('keep the lanes object when the actor already has one', () => {
    const lanes = ensureLane({}, 'main', 0, null);
    expect(ensureLane(lanes, 'main', 50, null)).toBe(lanes);
    expect(Object.keys(ensureLane(lanes, 'bg:x', 5, null))).toEqual(['main', 'bg:x']);
  });

  it('close the newest matching open block only, leaving the lanes they were given as they were', () => {
    let lanes = ensureLane({}, 'main', 0, null);
    lanes = openBlock(lanes, 'main', { kind: 'tool', label: 'bash', startSeq: 0, startT: 0, callId: 'a' }, null);
    lanes = openBlock(lanes, 'main', { kind: 'tool', label: 'bash', startSeq: 1, startT: 1, callId: 'a' }, null);
    const closed = closeBlock(lanes, 'main', (b) => b.callId === 'a', { seq: 2, t: 2 }, null);
    expect(closed.main.blocks.map((b) => b.endSeq)).toEqual([null, 2]);
    expect(lanes.main.blocks.map((b) => b.endSeq)).toEqual([null, null]);
    expect(closeBlock(closed, 'main', (b) => b.callId === 'zzz', { seq: 3, t: 3 }, null)).toBe(closed);
  });

  it('ignore changes to a lane that does not exist', () => {
    const lanes = ensureLane({}, 'main', 0, null);
    expect(patchLane(lanes, 'sub:9', { endT: 1 }, null)).toBe(lanes);
    expect(openBlock(lanes, 'sub:9', { kind: 'llm', label: '#1', startSeq: 0, startT: 0 }, null)).toBe(lanes);
  });

  it('leave lanes already ended alone at the end of the run', () => {
    const lanes = patchLane(ensureLane({}, 'main', 0, null), 'main', { endT: 5 }, null);
    expect(endAllLanes(lanes, 9, 90)).toBe(lanes);
  });
});

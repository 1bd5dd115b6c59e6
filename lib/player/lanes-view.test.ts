import { describe, expect, it } from 'vitest';
import type { Lane } from '../timeline/state';
import { isOpen, laneKind, orderedLanes, placeBlocks, placeMoments } from './lanes-view';

const lane = (over: Partial<Lane>): Lane => ({ actor: 'main', order: 0, label: 'main', blocks: [], startT: 0, endT: null, ...over });
const win = { start: 0, end: 1000 };

describe('lane layout', () => {
  it('keeps lanes in the order they first appeared, whatever the key order', () => {
    const lanes = {
      'bg:bg_2': lane({ actor: 'bg:bg_2', order: 2 }),
      main: lane({ actor: 'main', order: 0 }),
      'bg:bg_1': lane({ actor: 'bg:bg_1', order: 1 }),
    };
    expect(orderedLanes(lanes).map((l) => l.actor)).toEqual(['main', 'bg:bg_1', 'bg:bg_2']);
  });

  it('tells lanes apart by actor', () => {
    expect(laneKind('main')).toBe('main');
    expect(laneKind('bg:bg_1')).toBe('bg');
    expect(laneKind('mate:alice')).toBe('mate');
    expect(laneKind('sub:1')).toBe('sub');
  });

  it('places model and tool calls by time, and stretches an unfinished call to now', () => {
    const main = lane({
      blocks: [
        { kind: 'llm', label: 'turn 1', startSeq: 1, startT: 100, endSeq: 4, endT: 300 },
        { kind: 'tool', label: 'bash', startSeq: 5, startT: 300, endSeq: null, endT: null },
      ],
    });
    const placed = placeBlocks(main, 500, win);
    expect(placed.map(({ left, width, open }) => ({ left, width, open }))).toEqual([
      { left: 10, width: 20, open: false },
      { left: 30, width: 20, open: true },
    ]);
    expect(isOpen(main)).toBe(true);
  });

  it('draws a background process as one bar from start to finish, marked failed when it did not complete', () => {
    const failed = lane({ actor: 'bg:bg_1', label: 'bg_1', startT: 200, endT: 700, bgStatus: 'failed' });
    expect(placeBlocks(failed, 900, win)).toEqual([
      { key: 'process', kind: 'tool', label: 'bg_1', left: 20, width: 50, open: false, isError: true },
    ]);
    expect(isOpen(failed)).toBe(false);
    const running = lane({ actor: 'bg:bg_2', startT: 200, endT: null, bgStatus: 'running' });
    expect(placeBlocks(running, 400, win)[0]).toMatchObject({ width: 20, open: true, isError: false });
  });

  it('leaves out what lies outside the visible window', () => {
    const main = lane({ blocks: [{ kind: 'llm', label: 't', startSeq: 0, startT: 2000, endSeq: 1, endT: 2500 }] });
    expect(placeBlocks(main, 3000, win)).toEqual([]);
    expect(placeMoments([{ t: 500 }, { t: 1500 }], win)).toEqual([{ t: 500, x: 50 }]);
  });
});

// The lanes as drawn: in first-appearance order, each block placed on the visible slice of the time axis.
// A block or process still open at this step reaches to the current moment.
import type { Actor } from '../timeline/events';
import type { Lane, LaneBlock } from '../timeline/state';
import { type TimeWindow, spanPercent, xPercent } from './time-axis';

export type LaneKind = 'main' | 'bg' | 'sub' | 'mate';

export function laneKind(actor: Actor): LaneKind {
  if (actor === 'main') return 'main';
  return actor.slice(0, actor.indexOf(':')) as Exclude<LaneKind, 'main'>;
}

/** Lanes in the order they first appeared; the order never changes as the run goes on. */
export function orderedLanes(lanes: Record<string, Lane>): Lane[] {
  return Object.values(lanes).sort((a, b) => a.order - b.order);
}

/** Whether the lane is still growing at this step (so it must be redrawn as time moves). */
export function isOpen(lane: Lane): boolean {
  if (laneKind(lane.actor) === 'bg') return lane.endT === null;
  return lane.blocks.some((b) => b.endT === null);
}

export interface PlacedBlock {
  key: string;
  kind: LaneBlock['kind'];
  label: string;
  left: number;
  width: number;
  open: boolean;
  isError: boolean;
}

/** The blocks of one lane, placed; a background process is one bar from its start to its end. */
export function placeBlocks(lane: Lane, nowT: number, win: TimeWindow): PlacedBlock[] {
  const placed: PlacedBlock[] = [];
  if (laneKind(lane.actor) === 'bg') {
    const span = spanPercent(lane.startT, lane.endT ?? nowT, win);
    if (span) {
      placed.push({
        key: 'process', kind: 'tool', label: lane.label, ...span, open: lane.endT === null,
        isError: lane.bgStatus !== undefined && lane.bgStatus !== 'running' && lane.bgStatus !== 'completed',
      });
    }
    return placed;
  }
  for (const block of lane.blocks) {
    const span = spanPercent(block.startT, block.endT ?? nowT, win);
    if (!span) continue;
    placed.push({
      key: `${block.kind}-${block.startSeq}`, kind: block.kind, label: block.label, ...span,
      open: block.endT === null, isError: block.isError === true,
    });
  }
  return placed;
}

/** Where instant markers (drains, messages) fall on the track; those outside the window are dropped. */
export function placeMoments<T extends { t: number }>(moments: readonly T[], win: TimeWindow): (T & { x: number })[] {
  return moments.filter((m) => m.t >= win.start && m.t <= win.end).map((m) => ({ ...m, x: xPercent(m.t, win) }));
}

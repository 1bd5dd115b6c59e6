// Lanes: one row per actor on the time axis, holding its model-call and tool-call blocks.
// Each helper copies only the lane it touches (and the lanes record, once per fold: see fresh.ts).
import type { Actor } from './events';
import { type Fresh, withItemAt, withItems, withKey } from './fresh';
import type { Lane, LaneBlock } from './state';

export type Lanes = Record<string, Lane>;

/** What a lane is called: the name after the actor's kind ("bg:3" → "3"), or "main". */
export function laneLabel(actor: Actor): string {
  return actor === 'main' ? actor : actor.slice(actor.indexOf(':') + 1);
}

/** The lanes with `actor`'s lane present: created at the actor's first event, ordered by first appearance. */
export function ensureLane(lanes: Lanes, actor: Actor, t: number, fresh: Fresh): Lanes {
  if (lanes[actor]) return lanes;
  const lane: Lane = { actor, order: Object.keys(lanes).length, label: laneLabel(actor), blocks: [], startT: t, endT: null };
  return withKey(fresh, lanes, actor, lane);
}

/** Set some fields of one lane; a lane that does not exist is left alone. */
export function patchLane(lanes: Lanes, actor: string, patch: Partial<Lane>, fresh: Fresh): Lanes {
  const lane = lanes[actor];
  return lane ? withKey(fresh, lanes, actor, { ...lane, ...patch }) : lanes;
}

export function openBlock(lanes: Lanes, actor: Actor, block: Omit<LaneBlock, 'endSeq' | 'endT'>, fresh: Fresh): Lanes {
  const lane = lanes[actor];
  if (!lane) return lanes;
  return withKey(fresh, lanes, actor, { ...lane, blocks: withItems(fresh, lane.blocks, [{ ...block, endSeq: null, endT: null }]) });
}

/** End the newest open block of `actor` that `matches`; without one, the lanes are returned as they were. */
export function closeBlock(
  lanes: Lanes, actor: Actor, matches: (block: LaneBlock) => boolean,
  end: { seq: number; t: number; isError?: boolean }, fresh: Fresh,
): Lanes {
  const lane = lanes[actor];
  if (!lane) return lanes;
  for (let i = lane.blocks.length - 1; i >= 0; i--) {
    const block = lane.blocks[i];
    if (block.endSeq !== null || !matches(block)) continue;
    const closed: LaneBlock = { ...block, endSeq: end.seq, endT: end.t };
    if (end.isError !== undefined) closed.isError = end.isError;
    return withKey(fresh, lanes, actor, { ...lane, blocks: withItemAt(fresh, lane.blocks, i, closed) });
  }
  return lanes;
}

/** At the run's last event nothing runs on: open blocks and lanes end there. Once a run, so it just copies. */
export function endAllLanes(lanes: Lanes, seq: number, t: number): Lanes {
  let out = lanes;
  for (const [actor, lane] of Object.entries(lanes)) {
    const hasOpen = lane.blocks.some((b) => b.endSeq === null);
    if (!hasOpen && lane.endT !== null) continue;
    const blocks = hasOpen ? lane.blocks.map((b) => (b.endSeq === null ? { ...b, endSeq: seq, endT: t } : b)) : lane.blocks;
    if (out === lanes) out = { ...lanes };
    out[actor] = { ...lane, blocks, endT: lane.endT ?? t };
  }
  return out;
}

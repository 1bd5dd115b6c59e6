// The view at step k: the state after folding events[0..k], found from the nearest checkpoint
// so a seek costs at most `interval` reducer steps however long the run is.
import type { TimelineEvent } from './events';
import { applyEvent, foldEvents, initialState } from './reduce';
import type { RunState } from './state';

export const DEFAULT_CHECKPOINT_INTERVAL = 256;

/**
 * Checkpointed states of a growing event list. Append events as they arrive (live runs work);
 * `at(k)` folds from the nearest checkpoint ≤ k. States are immutable, so checkpoints share structure.
 */
export class SnapshotIndex {
  private readonly events: TimelineEvent[] = [];
  /** checkpoints[i] is the state after the first i * interval events. */
  private readonly checkpoints: RunState[] = [initialState()];
  private latest: RunState = this.checkpoints[0];
  /** The last step handed out and its state, so stepping forward folds one event, not a whole stretch. */
  private recent = { k: -1, state: this.checkpoints[0] };

  constructor(readonly interval = DEFAULT_CHECKPOINT_INTERVAL) {
    if (!Number.isInteger(interval) || interval < 1) throw new RangeError(`checkpoint interval must be a positive integer, got ${interval}`);
  }

  static of(events: readonly TimelineEvent[], interval?: number): SnapshotIndex {
    const index = new SnapshotIndex(interval);
    index.catchUp(events);
    return index;
  }

  /** How many events are indexed. */
  get length(): number {
    return this.events.length;
  }

  /** The state after every event so far. */
  get last(): RunState {
    return this.latest;
  }

  append(event: TimelineEvent): void {
    this.events.push(event);
    this.latest = applyEvent(this.latest, event);
    if (this.events.length % this.interval === 0) this.checkpoints.push(this.latest);
  }

  /** Index the events of `events` beyond those already held (for a list that only ever grows). */
  catchUp(events: readonly TimelineEvent[]): void {
    // Fold up to each checkpoint in one stretch: only the states at its ends are ever handed out.
    while (this.events.length < events.length) {
      const from = this.events.length;
      const to = Math.min(events.length, (Math.floor(from / this.interval) + 1) * this.interval) - 1;
      for (let i = from; i <= to; i++) this.events.push(events[i]);
      this.latest = foldEvents(this.latest, this.events, from, to);
      if (this.events.length % this.interval === 0) this.checkpoints.push(this.latest);
    }
  }

  /** The state after events[0..k] inclusive; k = -1 is the state before the first event. */
  at(k: number): RunState {
    checkStep(k, this.events.length);
    if (k === this.events.length - 1) return this.latest;
    const checkpoint = Math.floor((k + 1) / this.interval);
    let from = checkpoint * this.interval - 1;
    let state = this.checkpoints[checkpoint];
    if (this.recent.k > from && this.recent.k <= k) {
      from = this.recent.k;
      state = this.recent.state;
    }
    state = foldEvents(state, this.events, from + 1, k);
    this.recent = { k, state };
    return state;
  }
}

// One index per event array, so repeated seeks into the same list reuse its checkpoints.
const indexes = new WeakMap<readonly TimelineEvent[], SnapshotIndex>();

/**
 * The state after folding events[0..k] inclusive (k = -1: the initial state). Checkpoints are cached per
 * array and extended when the same array has grown; for a live list that is replaced on every append,
 * keep one SnapshotIndex and `catchUp` it instead.
 */
export function snapshotAt(events: readonly TimelineEvent[], k: number): RunState {
  let index = indexes.get(events);
  if (!index) {
    index = new SnapshotIndex();
    indexes.set(events, index);
  }
  index.catchUp(events);
  return index.at(k);
}

function checkStep(k: number, length: number): void {
  if (!Number.isInteger(k) || k < -1 || k >= length) {
    throw new RangeError(`step ${k} is outside the run: expected an integer from -1 to ${length - 1}`);
  }
}

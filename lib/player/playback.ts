// Playing a run back: each step stays on screen about as long as it took in the run, within bounds, so
// background work visibly overlaps while a burst of streamed text still reads as a burst.
import type { TimelineEvent } from '../timeline/events';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];

/** Bounds of one step's time on screen at 1×: a step is always seen, a long wait never stalls. */
export const MIN_STEP_MS = 40;
export const MAX_STEP_MS = 1200;

export function isSpeed(value: number): value is Speed {
  return (SPEEDS as readonly number[]).includes(value);
}

/** How long step `step` stays on screen before the next one, at `speed`. */
export function stepDelay(events: readonly Pick<TimelineEvent, 't'>[], step: number, speed: Speed): number {
  const here = events[step]?.t ?? 0;
  const next = events[step + 1]?.t ?? here;
  return Math.min(Math.max(next - here, MIN_STEP_MS), MAX_STEP_MS) / speed;
}

/**
 * Spend `elapsedMs` (plus what was left over from the last frame) moving forward; stops at the last event.
 * Returns the new step and the time already spent on it.
 */
export function advance(
  events: readonly Pick<TimelineEvent, 't'>[], step: number, carriedMs: number, elapsedMs: number, speed: Speed,
): { step: number; carriedMs: number } {
  let budget = carriedMs + elapsedMs;
  let at = step;
  while (at < events.length - 1) {
    const delay = stepDelay(events, at, speed);
    if (budget < delay) break;
    budget -= delay;
    at += 1;
  }
  return { step: at, carriedMs: at >= events.length - 1 ? 0 : budget };
}

/** Playing from the last step starts over, like any media player. */
export function playFrom(step: number, eventCount: number): number {
  return step >= eventCount - 1 ? 0 : step;
}

// Where the player's cursor is and whether it follows a live run. Pure: the player store calls these.

export interface Cursor {
  /** The step shown: index into the events (-1 before the first). */
  step: number;
  /** During a live run: jump to every new event as it arrives. */
  follow: boolean;
}

export function clampStep(step: number, eventCount: number): number {
  if (eventCount === 0) return -1;
  if (!Number.isFinite(step)) return eventCount - 1;
  return Math.min(Math.max(Math.trunc(step), 0), eventCount - 1);
}

/**
 * A user moved the cursor (scrub, key, button). Moving anywhere but the newest event of a live run stops
 * following; landing on the newest one resumes it, so "scrub to the end" means "back to live".
 */
export function seek(target: number, eventCount: number, live: boolean): Cursor {
  const step = clampStep(target, eventCount);
  return { step, follow: live && step === eventCount - 1 };
}

/** New events arrived (or a new trace was loaded): a following cursor moves to the newest one. */
export function onEventsChanged(cursor: Cursor, eventCount: number): Cursor {
  if (cursor.follow) return { step: eventCount - 1, follow: true };
  return { step: clampStep(cursor.step, eventCount), follow: false };
}

/** The "back to live" button. */
export function backToLive(eventCount: number): Cursor {
  return { step: eventCount - 1, follow: true };
}

/** Whether "back to live" has anything to do: a live run the user has scrubbed away from. */
export function canGoLive(cursor: Cursor, live: boolean): boolean {
  return live && !cursor.follow;
}

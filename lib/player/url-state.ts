// The player's part of the URL: `?step=N&trace=<name>`, so a reload or a shared link opens the same moment.
// Other query parameters (e.g. a live run's `run`) and the hash are left as they are.
import type { TraceSource } from '../store/timeline-store';

export interface PlayerQuery {
  /** The step asked for, not yet clamped to a trace (null when absent or not a whole number). */
  step: number | null;
  /** The recorded trace asked for (null when absent). */
  trace: string | null;
}

const STEP = /^\d{1,9}$/;

export function parsePlayerQuery(search: string): PlayerQuery {
  const params = new URLSearchParams(search);
  const rawStep = params.get('step');
  const trace = params.get('trace');
  return {
    step: rawStep !== null && STEP.test(rawStep) ? Number(rawStep) : null,
    trace: trace ? trace : null,
  };
}

/** Which recorded trace to open: the one the URL names if the lesson has it, else the first. */
export function pickTrace(asked: string | null, available: readonly string[]): string | null {
  if (asked !== null && available.includes(asked)) return asked;
  return available[0] ?? null;
}

/** The step to open at: the URL's, clamped to the trace; without one, the end (the whole run at a glance). */
export function initialStep(asked: number | null, eventCount: number): number {
  if (eventCount === 0) return -1;
  if (asked === null) return eventCount - 1;
  return Math.min(asked, eventCount - 1);
}

/**
 * What the URL should say for the run on screen. Only a recorded trace can be opened again from a link,
 * so only it gets a step. An opened file or a live run gets neither parameter: a reload opens the page's
 * default trace (or re-attaches the live run and follows it), where a left-over step would point at a
 * different moment of a different run.
 */
export function playerQueryFor(source: TraceSource, step: number): { step: number | null; trace: string | null } {
  return source.kind === 'recorded' ? { step: Math.max(step, 0), trace: source.name } : { step: null, trace: null };
}

/** The query string with the player's parameters set (null removes one), everything else kept in order. */
export function withPlayerQuery(search: string, next: { step: number | null; trace: string | null }): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of [['step', next.step === null ? null : String(next.step)], ['trace', next.trace]] as const) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

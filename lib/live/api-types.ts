// The live-run HTTP API as both sides see it: the routes answer these shapes, the browser reads them.
// Pure types and constants: safe in the browser.
import type { RunMode, RunOutcome } from '../timeline/events';

/** Longest prompt a run accepts (characters). */
export const MAX_PROMPT_CHARS = 8000;

/** Every refusal: which request field was wrong (when one was) and a message saying what to change. */
export interface ApiError {
  error: { field?: string; message: string };
}

/** POST /api/runs → 201 */
export interface RunCreated {
  id: string;
  lesson: string;
  model: string;
  mode: RunMode;
}

/** Why a run was cancelled: by a user, because nobody watched it any more, or because it emitted too much. */
export type CancelReason = 'requested' | 'abandoned' | 'event_limit';

/** GET /api/runs/<id> */
export interface RunStatusView {
  id: string;
  lesson: string;
  prompt: string;
  model: string;
  mode: RunMode;
  /** ISO 8601 */
  startedAt: string;
  finishedAt: string | null;
  state: 'running' | 'finished' | 'failed';
  outcome: RunOutcome | null;
  error: string | null;
  cancelReason: CancelReason | null;
  /** Events emitted so far (= the next seq). */
  events: number;
  subscribers: number;
  /** Events so far by type. */
  counts: Record<string, number>;
}

/** GET /api/config: what a live run would use, shown before one starts. */
export interface LiveConfigView {
  liveRuns: boolean;
  model: string;
  mode: RunMode;
  limits: { maxConcurrentRuns: number; wallClockMs: number; maxPromptChars: number };
}

// The run manager's refusals as HTTP answers, all in one JSON shape: { error: { field?, message } }.
import type { ApiError } from '../live/api-types';
import { LessonUnavailableError, LiveRunsOffError, RunLimitError, UnknownRunError, type RunError } from './errors';

/** Seconds a client told "too many runs" should wait before trying again. */
const RETRY_AFTER_S = 10;

export function apiError(status: number, message: string, field?: string, headers?: HeadersInit): Response {
  const body: ApiError = { error: field ? { field, message } : { message } };
  return Response.json(body, { status, headers });
}

function isRunError(err: unknown): err is RunError {
  return (
    err instanceof LiveRunsOffError || err instanceof RunLimitError ||
    err instanceof UnknownRunError || err instanceof LessonUnavailableError
  );
}

/** Maps a refusal to its status; anything else is a real fault and is rethrown for Next to log as a 500. */
export function runErrorResponse(err: unknown): Response {
  if (!isRunError(err)) throw err;
  switch (err.kind) {
    case 'live_runs_off':
      return apiError(403, err.message);
    case 'run_limit':
      return apiError(429, err.message, undefined, { 'Retry-After': String(RETRY_AFTER_S) });
    case 'unknown_run':
      return apiError(404, err.message);
    case 'lesson_unavailable':
      return apiError(400, err.message, 'lesson');
    default: {
      const unhandled: never = err;
      throw unhandled;
    }
  }
}

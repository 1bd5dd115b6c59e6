// The ways starting or finding a run can be refused. Routes map each to its HTTP status.

/** LIVE_RUNS=off: this server only serves lessons and recorded traces. */
export class LiveRunsOffError extends Error {
  readonly kind = 'live_runs_off';
  constructor() {
    super('Live runs are switched off on this server (LIVE_RUNS=off). The recorded traces still play.');
  }
}

/** The concurrency cap is reached. */
export class RunLimitError extends Error {
  readonly kind = 'run_limit';
  constructor(readonly running: number, readonly limit: number) {
    super(
      `Too many live runs: ${running} already running and the limit is ${limit}. ` +
        'Try again when one of them finishes.',
    );
  }
}

/** No run with that id (never started, or finished longer ago than the retention period). */
export class UnknownRunError extends Error {
  readonly kind = 'unknown_run';
  constructor(readonly id: string) {
    super(`No run with id "${id}": it never existed or it finished long enough ago to be dropped.`);
  }
}

/** The lesson exists but has no runnable agent on this server. */
export class LessonUnavailableError extends Error {
  readonly kind = 'lesson_unavailable';
  constructor(readonly lesson: string, reason: string) {
    super(`Lesson ${lesson} cannot run live: ${reason}`);
  }
}

export type RunError = LiveRunsOffError | RunLimitError | UnknownRunError | LessonUnavailableError;

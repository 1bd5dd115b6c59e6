// What the run manager needs from "the agent": prepare one lesson run, then start it and hear its events.
// The real launcher (launch-lesson.ts) runs the lesson's agent; tests and the bench hand in their own.
import type { LessonId } from '../lessons/registry';
import type { RunMode, TimelineEvent } from '../timeline/events';

export interface StartRequest {
  /** Receives every event, already stamped with seq and t, in order. */
  onEvent(event: TimelineEvent): void;
  /** Aborting it cancels the run: the loop stops and every process it started is killed. */
  signal: AbortSignal;
  /** The run stops with outcome time_limit after this long. */
  timeLimitMs: number;
}

/** A run with its workspace made and its model chosen, not started yet. */
export interface PreparedRun {
  model: string;
  mode: RunMode;
  /** Runs the agent; settles after the final event (run.finished / run.failed) and the agent's cleanup. */
  start(request: StartRequest): Promise<void>;
  /** Deletes the run's workspace directory; called when the finished run is dropped. */
  removeWorkspace(): Promise<void>;
}

export interface Launcher {
  /** The model a run started now would use (shown before a run starts). */
  describeModel(): { model: string; mode: RunMode };
  /** Throws LessonUnavailableError when the lesson has no runnable agent. */
  prepare(lesson: LessonId, prompt: string): Promise<PreparedRun>;
}

// One run on the server: its events, who is watching, and how it gets cancelled.
import type { CancelReason, RunStatusView } from '../live/api-types';
import type { LessonId } from '../lessons/registry';
import type { RunMode, TimelineEvent } from '../timeline/events';
import { EventBuffer, type EventListener } from './event-buffer';

export interface RunInfo {
  id: string;
  lesson: LessonId;
  prompt: string;
  model: string;
  mode: RunMode;
  startedAt: number;
}

/** However short the grace period, a new run waits at least this long for its first viewer to connect. */
export const FIRST_VIEWER_MS = 10_000;

/** Events a cancelled run may still emit while it shuts down. */
export const SHUTDOWN_ALLOWANCE = 1_000;

export interface LiveRunOptions {
  subscriberGraceMs: number;
  maxEvents: number;
}

export class LiveRun {
  readonly buffer = new EventBuffer();
  private readonly controller = new AbortController();
  private subscribers = 0;
  private graceTimer: ReturnType<typeof setTimeout> | null = null;
  private cancelReason: CancelReason | null = null;
  finishedAt: number | null = null;

  constructor(
    readonly info: RunInfo,
    private readonly options: LiveRunOptions,
  ) {
    // Counted from the start too: a run whose page went away before opening its stream holds no slot.
    this.startGraceTimer(Math.max(options.subscriberGraceMs, FIRST_VIEWER_MS));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.buffer.ended;
  }

  /**
   * Takes the next event from the agent. At maxEvents the run is cancelled; the events its shutdown still
   * emits (tool results, process ends, run.finished) are kept so the stream ends properly and resume stays
   * gap-free. Should an agent ignore the cancel, the run is closed with a run.failed of its own
   * SHUTDOWN_ALLOWANCE events later and whatever the agent emits after that is dropped.
   */
  record(event: TimelineEvent): void {
    if (this.buffer.ended) return;
    this.buffer.append(event);
    if (this.buffer.ended) {
      this.finishedAt = Date.now();
      this.clearGraceTimer();
    } else if (this.buffer.length >= this.options.maxEvents + SHUTDOWN_ALLOWANCE) {
      this.fail(`the run was cancelled at ${this.options.maxEvents} events but kept emitting; it was cut off`);
    } else if (this.buffer.length >= this.options.maxEvents) {
      this.cancel('event_limit');
    }
  }

  /** Ends the run with a run.failed of the manager's own, when the agent cannot say so itself. */
  fail(error: string): void {
    if (this.buffer.ended) return;
    this.record({ type: 'run.failed', actor: 'main', seq: this.buffer.length, t: Date.now() - this.info.startedAt, error });
  }

  /** Asks the agent to stop. Idempotent; the final event arrives through record() once it has. */
  cancel(reason: CancelReason): void {
    if (this.ended || this.controller.signal.aborted) return;
    this.cancelReason = reason;
    this.clearGraceTimer();
    this.controller.abort(new Error(`run cancelled (${reason})`));
  }

  /** Events from `fromSeq` on, then live ones. Watching keeps the run alive; the last to leave starts the grace timer. */
  subscribe(fromSeq: number, listener: EventListener): () => void {
    this.subscribers += 1;
    this.clearGraceTimer();
    const stop = this.buffer.subscribe(fromSeq, listener);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      stop();
      this.subscribers -= 1;
      if (this.subscribers === 0) this.startGraceTimer();
    };
  }

  status(): RunStatusView {
    const last = this.buffer.last;
    const finished = last?.type === 'run.finished' ? last : null;
    const failed = last?.type === 'run.failed' ? last : null;
    return {
      id: this.info.id,
      lesson: this.info.lesson,
      prompt: this.info.prompt,
      model: this.info.model,
      mode: this.info.mode,
      startedAt: new Date(this.info.startedAt).toISOString(),
      finishedAt: this.finishedAt === null ? null : new Date(this.finishedAt).toISOString(),
      state: failed ? 'failed' : finished ? 'finished' : 'running',
      outcome: finished ? finished.outcome : null,
      error: failed ? failed.error : null,
      cancelReason: this.cancelReason,
      events: this.buffer.length,
      subscribers: this.subscribers,
      counts: this.buffer.countByType(),
    };
  }

  private startGraceTimer(ms = this.options.subscriberGraceMs): void {
    if (this.ended) return;
    this.clearGraceTimer();
    this.graceTimer = setTimeout(() => this.cancel('abandoned'), ms);
    this.graceTimer.unref?.();
  }

  private clearGraceTimer(): void {
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = null;
  }
}

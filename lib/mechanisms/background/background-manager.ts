// s08: the background manager. A command starts as a child process in its own process group and the
// model gets its id back at once; when the process ends, its result goes into the notification queue.
import { setMaxListeners } from 'node:events';
import { OUTPUT_CAP, type ProcessResult, startProcess } from '../../agent/process';
import type { EventSink } from '../../agent/types';
import type { Actor, BgStatus } from '../../timeline/events';
import { abortable } from '../abortable';
import { type BackgroundResult, type FinishedStatus, NotificationQueue, preview } from './notification-queue';
import { OutputCoalescer } from './output-coalescer';

export const BACKGROUND_TIMEOUT_MS = 300_000;
const OUTPUT_EVENT_INTERVAL_MS = 250;

export interface BackgroundJob {
  id: string;
  command: string;
  pid: number;
  status: BgStatus;
  exitCode: number | null;
  output: string;
  startedAt: number;
  durationMs: number | null;
  /** Settles when the process has ended and its result is recorded (and queued, unless the run was cancelled). */
  finished: Promise<void>;
}

export interface BackgroundOptions {
  cwd: string;
  sink: EventSink;
  /** The run's signal: cancelling the run kills every process group started here. */
  signal: AbortSignal;
  timeoutMs?: number;
  outputIntervalMs?: number;
}

export function bgActor(id: string): Actor {
  return `bg:${id}`;
}

export class BackgroundManager {
  readonly queue = new NotificationQueue();
  private readonly jobs = new Map<string, BackgroundJob>();
  private readonly stop = new AbortController();
  private readonly signal: AbortSignal;

  constructor(private readonly options: BackgroundOptions) {
    this.signal = AbortSignal.any([options.signal, this.stop.signal]);
    // Every running process listens on this signal; dozens at once are expected, not a leak.
    setMaxListeners(0, this.signal);
  }

  // #region background-run
  /** Start `command` and return at once; the result arrives later through the queue. */
  run(command: string): BackgroundJob {
    this.signal.throwIfAborted();
    const id = String(this.jobs.size + 1);
    const { sink } = this.options;
    const actor = bgActor(id);
    const output = new OutputCoalescer(
      (chunk) => sink.emit({ type: 'bg.output', actor, id, chunk }),
      this.options.outputIntervalMs ?? OUTPUT_EVENT_INTERVAL_MS,
      OUTPUT_CAP,
    );
    const proc = startProcess({
      command,
      cwd: this.options.cwd,
      timeoutMs: this.options.timeoutMs ?? BACKGROUND_TIMEOUT_MS,
      signal: this.signal,
      onOutput: (chunk) => output.push(chunk),
    });
    const job: BackgroundJob = {
      id, command, pid: proc.pid, status: 'running', exitCode: null, output: '',
      startedAt: Date.now(), durationMs: null, finished: Promise.resolve(),
    };
    this.jobs.set(id, job);
    sink.emit({ type: 'bg.started', actor, id, command, pid: proc.pid });
    job.finished = proc.done.then((result) => {
      output.flush();
      this.finish(job, result);
    });
    return job;
  }
  // #endregion

  private finish(job: BackgroundJob, result: ProcessResult): void {
    const { sink } = this.options;
    job.status = statusOf(result);
    job.exitCode = result.exitCode;
    job.output = result.output;
    job.durationMs = result.durationMs;
    const status = job.status as FinishedStatus;
    sink.emit({
      type: 'bg.finished', actor: bgActor(job.id), id: job.id, status, exitCode: job.exitCode,
      output: job.output, durationMs: result.durationMs,
    });
    // A cancelled run has no next model call to hand the result to.
    if (status === 'cancelled') return;
    const queued: BackgroundResult = { id: job.id, command: job.command, status, exitCode: job.exitCode, output: job.output };
    this.queue.enqueue(queued);
    sink.emit({ type: 'queue.enqueued', actor: 'main', id: job.id, status, preview: preview(job.output) });
  }

  get(id: string): BackgroundJob | undefined {
    return this.jobs.get(id.replace(/^bg[:_]/, ''));
  }

  all(): BackgroundJob[] {
    return [...this.jobs.values()];
  }

  running(): BackgroundJob[] {
    return this.all().filter((j) => j.status === 'running');
  }

  /** Resolves when every process running now has finished; rejects if `signal` aborts first. */
  async waitForRunning(signal: AbortSignal): Promise<void> {
    await abortable(Promise.all(this.running().map((j) => j.finished)), signal);
  }

  /** Kill every process group this manager started (children and grandchildren) and wait for them. */
  async dispose(): Promise<void> {
    this.stop.abort(new Error('background manager disposed'));
    await Promise.all(this.all().map((j) => j.finished));
  }
}

function statusOf(result: ProcessResult): FinishedStatus {
  if (result.timedOut) return 'timeout';
  if (result.cancelled) return 'cancelled';
  return result.exitCode === 0 ? 'completed' : 'failed';
}

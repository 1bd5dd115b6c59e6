// The runs this server holds: starts them within the limits, finds them by id, cancels them, and drops
// finished ones (with their workspaces) after the retention period.
import { randomUUID } from 'node:crypto';
import type { LiveConfigView } from '../live/api-types';
import { MAX_PROMPT_CHARS } from '../live/api-types';
import type { LessonId } from '../lessons/registry';
import type { RunConfig } from './config';
import { LiveRunsOffError, RunLimitError, UnknownRunError } from './errors';
import type { Launcher } from './launcher';
import { LiveRun } from './live-run';

/** Finished runs kept at most (each holds its events and a workspace); past it the oldest goes first. */
export const MAX_RETAINED_RUNS = 100;

export class RunManager {
  private readonly runs = new Map<string, LiveRun>();
  private readonly finishing = new Set<Promise<void>>();
  /** Finished runs waiting to be dropped: their timer and how to remove their workspace. */
  private readonly retained = new Map<string, { timer: ReturnType<typeof setTimeout>; removeWorkspace: () => Promise<void> }>();
  private starting = 0;

  constructor(
    readonly config: RunConfig,
    private readonly launcher: Launcher,
    private readonly newId: () => string = randomUUID,
  ) {}

  /** What the UI shows before a run: are live runs on, and which model would answer. */
  describe(): LiveConfigView {
    return {
      liveRuns: this.config.liveRuns,
      ...this.launcher.describeModel(),
      limits: {
        maxConcurrentRuns: this.config.maxConcurrentRuns,
        wallClockMs: this.config.wallClockMs,
        maxPromptChars: MAX_PROMPT_CHARS,
      },
    };
  }

  /** Runs that have not emitted their final event yet, plus those being prepared. */
  activeCount(): number {
    let n = this.starting;
    for (const run of this.runs.values()) if (!run.ended) n += 1;
    return n;
  }

  async start(lesson: LessonId, prompt: string): Promise<LiveRun> {
    if (!this.config.liveRuns) throw new LiveRunsOffError();
    const active = this.activeCount();
    if (active >= this.config.maxConcurrentRuns) throw new RunLimitError(active, this.config.maxConcurrentRuns);

    this.starting += 1; // holds the slot while the workspace is made
    let prepared;
    try {
      prepared = await this.launcher.prepare(lesson, prompt);
    } finally {
      this.starting -= 1;
    }
    const { model, mode } = prepared;
    const run = new LiveRun(
      { id: this.newId(), lesson, prompt, model, mode, startedAt: Date.now() },
      { subscriberGraceMs: this.config.subscriberGraceMs, maxEvents: this.config.maxEventsPerRun },
    );
    this.runs.set(run.info.id, run);

    const done = prepared
      .start({ onEvent: (e) => run.record(e), signal: run.signal, timeLimitMs: this.config.wallClockMs })
      .then(
        () => run.fail('the agent stopped without a final event'),
        (err: unknown) => run.fail(`the agent crashed: ${err instanceof Error ? err.message : String(err)}`),
      )
      .then(() => this.retain(run, () => prepared.removeWorkspace()));
    this.finishing.add(done);
    void done.finally(() => this.finishing.delete(done));
    return run;
  }

  get(id: string): LiveRun | undefined {
    return this.runs.get(id);
  }

  /** Throws UnknownRunError, which the routes turn into a 404. */
  require(id: string): LiveRun {
    const run = this.runs.get(id);
    if (!run) throw new UnknownRunError(id);
    return run;
  }

  cancel(id: string): LiveRun {
    const run = this.require(id);
    run.cancel('requested');
    return run;
  }

  /** Cancels every run, waits for each to end, then drops them all with their workspaces (tests, benches). */
  async shutdown(): Promise<void> {
    for (const run of this.runs.values()) run.cancel('requested');
    await Promise.all([...this.finishing]);
    await Promise.all([...this.retained.keys()].map((id) => this.drop(id)));
  }

  private retain(run: LiveRun, removeWorkspace: () => Promise<void>): void {
    const id = run.info.id;
    const timer = setTimeout(() => void this.drop(id), this.config.retentionMs);
    timer.unref?.();
    this.retained.set(id, { timer, removeWorkspace });
    // A Map keeps insertion order: the first key is the run that finished longest ago.
    while (this.retained.size > MAX_RETAINED_RUNS) void this.drop(this.retained.keys().next().value!);
  }

  private async drop(id: string): Promise<void> {
    const entry = this.retained.get(id);
    this.retained.delete(id);
    this.runs.delete(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    // A workspace that is already gone is fine; anything else would only leave a temp dir behind.
    await entry.removeWorkspace().catch(() => {});
  }
}

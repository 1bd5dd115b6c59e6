// One run of a lesson's agent on one prompt, from run.started to run.finished / run.failed. Used by the
// live-run manager and the CLI alike, so both produce the same events.
import Anthropic from '@anthropic-ai/sdk';
import { getLessonModule } from './agents';
import type { LessonId } from './registry';
import type { RunOutcome } from '../timeline/events';
import { TurnLimitError } from '../agent/loop';
import type { EventSink, LessonAgent, ModelSeam, Workspace } from '../agent/types';

export const DEFAULT_MAX_TURNS = 50;

export interface RunLessonParams {
  lesson: LessonId;
  prompt: string;
  sink: EventSink;
  model: ModelSeam;
  workspace: Workspace;
  /** Abort to cancel: the loop stops and the agent's dispose() kills whatever it started. */
  signal?: AbortSignal;
  /** Lesson knobs (compaction thresholds, poll intervals…), handed to the agent as AgentRuntime.options. */
  options?: Record<string, number>;
  /** Model calls allowed for the prompt (the turn cap). */
  maxTurns?: number;
  /** Wall-clock cap: past it the run is cancelled with outcome time_limit. */
  timeLimitMs?: number;
}

export type RunResult = { outcome: RunOutcome; text: string } | { outcome: 'failed'; error: string };

// #region run-lesson
export async function runLesson(params: RunLessonParams): Promise<RunResult> {
  const { lesson, prompt, sink, model, workspace } = params;
  const stop = new AbortController();
  let timedOut = false;
  const cancel = () => stop.abort(params.signal?.reason);
  if (params.signal?.aborted) cancel();
  params.signal?.addEventListener('abort', cancel, { once: true });
  const timer = params.timeLimitMs === undefined ? undefined : setTimeout(() => {
    timedOut = true;
    stop.abort(new Error(`the run took longer than ${params.timeLimitMs} ms`));
  }, params.timeLimitMs);

  sink.emit({ type: 'run.started', actor: 'main', lesson, prompt, model: model.model, mode: model.mode });
  let agent: LessonAgent | undefined;
  let result: RunResult;
  try {
    agent = getLessonModule(lesson).createAgent({
      lesson, model, sink, workspace, signal: stop.signal,
      limits: { maxTurns: params.maxTurns ?? DEFAULT_MAX_TURNS }, options: params.options,
    });
    result = { outcome: 'completed', text: await agent.send(prompt) };
  } catch (err) {
    if (stop.signal.aborted) result = { outcome: timedOut ? 'time_limit' : 'cancelled', text: '' };
    else if (err instanceof TurnLimitError) result = { outcome: 'turn_limit', text: err.message };
    else result = { outcome: 'failed', error: describeError(err) };
  } finally {
    clearTimeout(timer);
    params.signal?.removeEventListener('abort', cancel);
  }
  // Clean up before the final event, so "finished" means every process of the run is gone.
  await agent?.dispose().catch(() => undefined);
  if (result.outcome === 'failed') sink.emit({ type: 'run.failed', actor: 'main', error: result.error });
  else sink.emit({ type: 'run.finished', actor: 'main', outcome: result.outcome, text: result.text });
  return result;
}
// #endregion

/** A failure in words a person can act on; API errors name their type and status. */
export function describeError(err: unknown): string {
  if (err instanceof Anthropic.APIConnectionError) return `could not reach the model API: ${err.message}`;
  if (err instanceof Anthropic.APIError) {
    const body = err.error as { error?: { type?: string; message?: string } } | undefined;
    const type = body?.error?.type;
    const message = body?.error?.message ?? err.message;
    const status = err.status ? ` (HTTP ${err.status})` : '';
    return `the model API returned an error${status}: ${type ? `${type}: ` : ''}${message}`;
  }
  return err instanceof Error ? err.message : String(err);
}

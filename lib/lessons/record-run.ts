// A run recorded as a trace: the CLI's --record and `npm run record` both go through here, so every
// trace file has the same header and the same events a live run would stream.
import { writeFile } from 'node:fs/promises';
import type { LessonId } from './registry';
import type { TimelineEvent } from '../timeline/events';
import { writeTrace } from '../timeline/trace';
import { TRACE_FORMAT, TRACE_VERSION, type TraceHeader } from '../timeline/trace-header';
import { type RunResult, runLesson } from './run-lesson';
import { createSink } from '../agent/sink';
import type { ModelSeam, Workspace } from '../agent/types';

export interface RecordParams {
  lesson: LessonId;
  prompt: string;
  model: ModelSeam;
  workspace: Workspace;
  /** Where the trace goes. */
  file: string;
  signal?: AbortSignal;
  onEvent?: (event: TimelineEvent) => void;
}

export async function recordRun(params: RecordParams): Promise<{ result: RunResult; events: number }> {
  const { lesson, prompt, model, workspace } = params;
  const header: TraceHeader = {
    format: TRACE_FORMAT, version: TRACE_VERSION, lesson, prompt, model: model.model, mode: model.mode,
    recordedAt: new Date().toISOString(),
  };
  const sink = createSink(params.onEvent, { collect: true });
  const result = await runLesson({ lesson, prompt, sink, model, workspace, signal: params.signal });
  await writeFile(params.file, writeTrace(header, sink.events));
  return { result, events: sink.events.length };
}

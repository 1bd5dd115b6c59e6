// Test support: run one of a lesson's example prompts end to end, offline, with the scripted model,
// real tools and a real workspace seeded from the lesson's fixture.
import { createModelSeam } from '../../agent/model';
import { runLesson, type RunResult } from '../run-lesson';
import { createSink } from '../../agent/sink';
import { createWorkspace, type RunWorkspace } from '../../agent/workspace';
import type { TimelineEvent } from '../../timeline/events';
import { getLessonModule } from '../agents';
import type { LessonId } from '../registry';

export interface ExampleRun {
  result: RunResult;
  events: readonly TimelineEvent[];
  workspace: RunWorkspace;
  of<K extends TimelineEvent['type']>(type: K): Extract<TimelineEvent, { type: K }>[];
}

/** The caller disposes `workspace` when done with it. */
export async function runExample(lesson: LessonId, prompt: string, options?: Record<string, number>): Promise<ExampleRun> {
  const model = createModelSeam({ env: {}, scripts: getLessonModule(lesson).scripts, chunkDelayMs: 0 });
  const workspace = await createWorkspace(lesson);
  const sink = createSink(undefined, { collect: true });
  const result = await runLesson({ lesson, prompt, sink, model, workspace, options });
  const events = sink.events;
  return {
    result, events, workspace,
    of: <K extends TimelineEvent['type']>(type: K) => events.filter((e): e is Extract<TimelineEvent, { type: K }> => e.type === type),
  };
}

/** Every tool result of the run that was an error, as "name: output" (a scripted example should have none unless it means to). */
export function toolErrors(run: ExampleRun): string[] {
  return run.of('tool.result').filter((e) => e.isError).map((e) => `${e.name}: ${e.output}`);
}

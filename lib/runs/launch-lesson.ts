// The real launcher: a lesson's agent in a fresh workspace, on the model the environment chooses.
import { createModelSeam, modelChoice } from '../agent/model';
import { runLesson } from '../lessons/run-lesson';
import type { Script } from '../agent/script';
import { createSink } from '../agent/sink';
import { createWorkspace } from '../agent/workspace';
import { getLessonModule, hasLessonAgent } from '../lessons/agents';
import { LessonUnavailableError } from './errors';
import type { Launcher } from './launcher';

export interface LessonLauncherOptions {
  /** Conversations the scripted model knows besides the lesson's own (tests use it to run `sleep`). */
  extraScripts?: readonly Script[];
  /** Pause between the scripted model's stream chunks, ms (0 in tests; the default animates). */
  chunkDelayMs?: number;
}

export function lessonLauncher(env: Record<string, string | undefined>, options: LessonLauncherOptions = {}): Launcher {
  return {
    describeModel() {
      const { model, mode } = modelChoice(env);
      return { model, mode };
    },
    async prepare(lesson, prompt) {
      if (!hasLessonAgent(lesson)) throw new LessonUnavailableError(lesson, 'it has no runnable agent on this server yet.');
      const scripts = [...getLessonModule(lesson).scripts, ...(options.extraScripts ?? [])];
      const model = createModelSeam({ env, scripts, chunkDelayMs: options.chunkDelayMs });
      const workspace = await createWorkspace(lesson);
      return {
        model: model.model,
        mode: model.mode,
        async start({ onEvent, signal, timeLimitMs }) {
          await runLesson({ lesson, prompt, sink: createSink(onEvent), model, workspace, signal, timeLimitMs });
        },
        removeWorkspace: () => workspace.dispose(),
      };
    },
  };
}

// A launcher whose runs do nothing until told: tests and the bench drive its events by hand. It speaks
// the same contract as the real one: run.started first, run.finished {cancelled} when aborted.
import { createSink } from '../../agent/sink';
import type { LessonId } from '../../lessons/registry';
import type { EventBody, RunOutcome } from '../../timeline/events';
import type { Launcher, PreparedRun } from '../launcher';

export interface FakeRun {
  lesson: LessonId;
  prompt: string;
  emit(body: EventBody): void;
  finish(outcome?: RunOutcome): void;
  /** Makes start() reject without a final event, as a crashing agent would. */
  crash(message: string): void;
  workspaceRemoved: boolean;
}

export interface FakeLauncher extends Launcher {
  /** Every run started, in order. */
  readonly runs: FakeRun[];
}

export function fakeLauncher(): FakeLauncher {
  const runs: FakeRun[] = [];
  return {
    runs,
    describeModel: () => ({ model: 'fake', mode: 'scripted' }),
    async prepare(lesson, prompt): Promise<PreparedRun> {
      const run: FakeRun = {
        lesson, prompt, workspaceRemoved: false,
        emit: () => { throw new Error('run not started'); },
        finish: () => { throw new Error('run not started'); },
        crash: () => { throw new Error('run not started'); },
      };
      runs.push(run);
      return {
        model: 'fake',
        mode: 'scripted',
        removeWorkspace: async () => {
          run.workspaceRemoved = true;
        },
        start: ({ onEvent, signal }) =>
          new Promise<void>((resolve, reject) => {
            const sink = createSink(onEvent);
            let over = false;
            run.emit = (body) => {
              if (!over) sink.emit(body);
            };
            run.finish = (outcome = 'completed') => {
              if (over) return;
              over = true;
              sink.emit({ type: 'run.finished', actor: 'main', outcome, text: '' });
              resolve();
            };
            run.crash = (message) => {
              over = true;
              reject(new Error(message));
            };
            sink.emit({ type: 'run.started', actor: 'main', lesson, prompt, model: 'fake', mode: 'scripted' });
            signal.addEventListener('abort', () => run.finish('cancelled'));
          }),
      };
    },
  };
}

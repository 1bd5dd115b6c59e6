// s08 · Background tasks. Slow commands no longer block the loop: background_run starts a child process
// and returns its id at once. Finished results wait in a notification queue that is drained into the
// conversation before EVERY model call; if the model ends its turn while processes still run, the loop
// waits for them, so no result is ever lost.
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { BackgroundManager } from '../mechanisms/background/background-manager';
import { drainNotifications, waitForBackground } from '../mechanisms/background/background-hooks';
import { createBackgroundTools, renderAll } from '../mechanisms/background/background-tools';
import { scripts } from './s08-background-tasks.script';

// #region system-prompt
const SYSTEM = [
  'You are a coding agent working in a small project directory (your current directory).',
  'Use read_file, write_file and edit_file for files, bash for quick commands.',
  'For slow commands (test suites, builds, long sleeps) use background_run: it returns at once, and the result',
  'is delivered to you in a <background-results> block before a later turn. Keep working meanwhile;',
  'check_background shows what is still running.',
  'When the task is done, answer briefly and stop calling tools.',
].join('\n');
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const bg = new BackgroundManager({
    cwd: rt.workspace.root, sink: rt.sink, signal: rt.signal, timeoutMs: rt.options?.backgroundTimeoutMs,
  });
  const config: AgentConfig = {
    actor: 'main',
    system: SYSTEM,
    tools: [...Object.values(baseTools), ...createBackgroundTools(bg)],
    hooks: [drainNotifications(bg), waitForBackground(bg)],
    maxTurns: rt.limits.maxTurns,
  };
  const state = newLoopState('main', rt.sink, rt.signal);
  return {
    async send(prompt) {
      appendMessages(state, { role: 'user', content: prompt });
      return runLoop(config, state, rt);
    },
    // Every process group still running is killed: children and grandchildren alike.
    dispose: () => bg.dispose(),
    inspect: (what) => (what === 'bg' ? renderAll(bg.all()) : null),
  };
}
// #endregion

export const lesson: LessonModule = { id: 's08', createAgent, scripts };

// s02 · Tool use. The loop is unchanged; what grows is the dispatch map from tool name to handler. Besides
// bash the model gets read_file, write_file and edit_file, whose paths are confined to the workspace.
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { scripts } from './s02-tool-use.script';

// #region system-prompt
const SYSTEM = [
  'You are a coding agent working in a small project directory (your current directory).',
  'Use read_file, write_file and edit_file for files (paths relative to the project), bash for the rest.',
  'When the task is done, answer briefly and stop calling tools.',
].join('\n');
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const config: AgentConfig = {
    actor: 'main', system: SYSTEM, tools: Object.values(baseTools), hooks: [], maxTurns: rt.limits.maxTurns,
  };
  // One conversation for the agent's life: in the REPL every prompt continues it.
  const state = newLoopState('main', rt.sink, rt.signal);
  return {
    async send(prompt) {
      appendMessages(state, { role: 'user', content: prompt });
      return runLoop(config, state, rt);
    },
    // Nothing outlives a tool call here: each command finishes (or its group is killed) before bash returns.
    async dispose() {},
  };
}
// #endregion

export const lesson: LessonModule = { id: 's02', createAgent, scripts };

// s04 · Subagents. The loop is unchanged; the `task` tool runs a second copy of it for a child with a
// fresh messages[] and the base tools only. The parent's context receives the child's summary, nothing else.
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { createTaskTool } from '../mechanisms/subagent/task-tool';
import { scripts } from './s04-subagent.script';

// #region system-prompt
const SYSTEM = [
  'You are a coding agent working in a small project directory (your current directory).',
  'Use read_file, write_file and edit_file for files (paths relative to the project), bash for the rest.',
  'Delegate self-contained searches and explorations to a subagent with the task tool: give it a complete',
  'prompt (it sees none of this conversation) and build your answer from the summary it returns.',
  'When the task is done, answer briefly and stop calling tools.',
].join('\n');
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const base = Object.values(baseTools);
  // Children get the base tools only: no task tool, so a child cannot spawn children of its own.
  const task = createTaskTool({ model: rt.model, workspace: rt.workspace, tools: base });
  const config: AgentConfig = {
    actor: 'main', system: SYSTEM, tools: [...base, task], hooks: [], maxTurns: rt.limits.maxTurns,
  };
  const state = newLoopState('main', rt.sink, rt.signal);
  return {
    async send(prompt) {
      appendMessages(state, { role: 'user', content: prompt });
      return runLoop(config, state, rt);
    },
    // A child runs inside its tool call, so none outlives the parent's turn.
    async dispose() {},
  };
}
// #endregion

export const lesson: LessonModule = { id: 's04', createAgent, scripts };

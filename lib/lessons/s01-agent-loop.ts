// s01 · The agent loop. The whole agent is one loop: send the conversation to the model, run the tools it
// asks for, append the results, repeat until it stops asking. The model gets a single tool: bash.
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { bashTool } from '../agent/tools/bash';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { scripts } from './s01-agent-loop.script';

// #region system-prompt
const SYSTEM = [
  'You are a coding agent working in a small project directory (your current directory).',
  'Use the bash tool to look around and to make changes. Act rather than explain.',
  'When the task is done, answer briefly and stop calling tools.',
].join('\n');
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const config: AgentConfig = {
    actor: 'main', system: SYSTEM, tools: [bashTool], hooks: [], maxTurns: rt.limits.maxTurns,
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

export const lesson: LessonModule = { id: 's01', createAgent, scripts };

// s03 · Todo write. The loop is unchanged; the model gets a `todo` tool to plan multi-step work, the
// manager enforces one item in progress at a time, and a hook reminds the model when its plan goes stale.
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { createTodoTool } from '../mechanisms/todo/todo-tool';
import { TodoManager } from '../mechanisms/todo/todo-manager';
import { todoReminder } from '../mechanisms/todo/reminder';
import { scripts } from './s03-todo-write.script';

// #region system-prompt
const SYSTEM = [
  'You are a coding agent working in a small project directory (your current directory).',
  'Use read_file, write_file and edit_file for files (paths relative to the project), bash for the rest.',
  'For any task with more than two steps, first write a plan with the todo tool. Keep it current: exactly one',
  'item in_progress while you work on it, mark it completed as soon as it is done, then start the next.',
  'When the task is done, answer briefly and stop calling tools.',
].join('\n');
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const todos = new TodoManager();
  const config: AgentConfig = {
    actor: 'main', system: SYSTEM,
    tools: [...Object.values(baseTools), createTodoTool(todos)],
    hooks: [todoReminder(todos)],
    maxTurns: rt.limits.maxTurns,
  };
  const state = newLoopState('main', rt.sink, rt.signal);
  return {
    async send(prompt) {
      appendMessages(state, { role: 'user', content: prompt });
      return runLoop(config, state, rt);
    },
    async dispose() {},
  };
}
// #endregion

export const lesson: LessonModule = { id: 's03', createAgent, scripts };

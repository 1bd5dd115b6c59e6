// s07 · Task system. The loop is unchanged; plans move out of the conversation onto a task board on disk:
// one JSON file per task in .tasks/, with blockedBy/blocks edges. It outlives the context (and the process),
// and completing a task unblocks the tasks waiting on it.
import { join } from 'node:path';
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { TaskBoard, createTaskTools, renderBoard } from '../mechanisms/tasks';
import { scripts } from './s07-task-system.script';

export const TASKS_DIR = '.tasks';

// #region system-prompt
const SYSTEM = [
  'You are a coding agent working in a small project directory (your current directory).',
  'Use read_file, write_file and edit_file for files (paths relative to the project), bash for the rest.',
  'Plan work on the task board: it is saved in .tasks/ and survives restarts, so check it (task_list) before',
  'adding tasks. Record dependencies with blockedBy; a task cannot start until its blockers are completed.',
  'When the task is done, answer briefly and stop calling tools.',
].join('\n');
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const board = new TaskBoard(join(rt.workspace.root, TASKS_DIR));
  const config: AgentConfig = {
    actor: 'main', system: SYSTEM,
    tools: [...Object.values(baseTools), ...createTaskTools(board)],
    hooks: [], maxTurns: rt.limits.maxTurns,
  };
  const state = newLoopState('main', rt.sink, rt.signal);
  return {
    async send(prompt) {
      appendMessages(state, { role: 'user', content: prompt });
      return runLoop(config, state, rt);
    },
    async dispose() {},
    inspect: (what) => (what === 'tasks' ? renderBoard(board.snapshot()) : null),
  };
}
// #endregion

export const lesson: LessonModule = { id: 's07', createAgent, scripts };

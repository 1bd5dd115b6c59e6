// s06 · Context compaction. The loop is unchanged; a hook before every model call keeps the context
// small in three layers: old tool results become placeholders (micro), a long history is saved to disk and
// replaced by a summary (auto), and the model can ask for the same with the `compact` tool (manual).
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { createCompactTool } from '../mechanisms/compact/compact-tool';
import { Compactor } from '../mechanisms/compact/compactor';
import { scripts } from './s06-context-compact.script';

/** Low on purpose, so the examples cross it within a few files; a real agent would use most of its window. */
export const DEFAULT_AUTO_COMPACT_TOKENS = 3000;

// #region system-prompt
const SYSTEM = [
  'You are a coding agent working in a small project directory (your current directory).',
  'Use read_file, write_file and edit_file for files (paths relative to the project), bash for the rest.',
  'Your context is compacted as it grows: old tool results become placeholders and a long history is',
  'replaced by a summary (the full transcript is kept in .transcripts/). Note what matters as you go; files',
  'on disk can always be read again. Call compact yourself when the history no longer helps.',
  'When the task is done, answer briefly and stop calling tools.',
].join('\n');
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const compactor = new Compactor({
    model: rt.model, workspace: rt.workspace, system: SYSTEM,
    autoCompactTokens: rt.options?.autoCompactTokens ?? DEFAULT_AUTO_COMPACT_TOKENS,
  });
  const config: AgentConfig = {
    actor: 'main', system: SYSTEM,
    tools: [...Object.values(baseTools), createCompactTool(compactor)],
    hooks: [compactor.hooks()],
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

export const lesson: LessonModule = { id: 's06', createAgent, scripts };

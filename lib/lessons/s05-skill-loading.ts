// s05 · Skill loading. The loop is unchanged; knowledge arrives in two layers. The system prompt lists
// each skill's name and one-line description (cheap, always there); the full SKILL.md body enters the
// conversation only when the model calls load_skill, as a tool result.
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { createLoadSkillTool } from '../mechanisms/skills/load-skill-tool';
import { SkillLibrary } from '../mechanisms/skills/skill-library';
import { scripts } from './s05-skill-loading.script';

// #region system-prompt
function systemPrompt(skills: SkillLibrary): string {
  return [
    'You are a coding agent working in a small project directory (your current directory).',
    'Use read_file, write_file and edit_file for files (paths relative to the project), bash for the rest.',
    'Skills hold instructions for specific kinds of work. Before doing work a skill covers, load it with',
    'load_skill and follow it. Available skills:',
    skills.catalogText(),
    'When the task is done, answer briefly and stop calling tools.',
  ].join('\n');
}
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const skills = SkillLibrary.load(rt.workspace.root);
  rt.sink.emit({ type: 'skills.catalog', actor: 'main', skills: skills.catalog });
  const config: AgentConfig = {
    actor: 'main', system: systemPrompt(skills),
    tools: [...Object.values(baseTools), createLoadSkillTool(skills)],
    hooks: [], maxTurns: rt.limits.maxTurns,
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

export const lesson: LessonModule = { id: 's05', createAgent, scripts };

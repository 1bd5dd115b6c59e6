// Every lesson's runnable agent, by id: one line per lesson. Node-only (the agents run real tools).
import type { LessonModule } from '../agent/types';
import type { LessonId } from './registry';
import { lesson as s01 } from './s01-agent-loop';
import { lesson as s02 } from './s02-tool-use';
import { lesson as s03 } from './s03-todo-write';
import { lesson as s04 } from './s04-subagent';
import { lesson as s05 } from './s05-skill-loading';
import { lesson as s06 } from './s06-context-compact';
import { lesson as s07 } from './s07-task-system';
import { lesson as s08 } from './s08-background-tasks';
import { lesson as s09 } from './s09-agent-teams';
import { lesson as s10 } from './s10-team-protocols';
import { lesson as s11 } from './s11-autonomous-agents';

export const LESSON_AGENTS: Partial<Record<LessonId, LessonModule>> = {
  s01,
  s02,
  s03,
  s04,
  s05,
  s06,
  s07,
  s08,
  s09,
  s10,
  s11,
};

export function hasLessonAgent(id: LessonId): boolean {
  return LESSON_AGENTS[id] !== undefined;
}

export function getLessonModule(id: LessonId): LessonModule {
  const agent = LESSON_AGENTS[id];
  if (!agent) {
    const available = Object.keys(LESSON_AGENTS).join(', ');
    throw new Error(`lesson ${id} has no runnable agent yet (available: ${available})`);
  }
  return agent;
}

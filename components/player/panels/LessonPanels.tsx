'use client';
// The per-lesson panels this run has data for (decided once per run, so none pops in while scrubbing).
import type { PanelId } from '@/lib/player/panels';
import type { RunState } from '@/lib/timeline/state';
import { ContextPanel } from './ContextPanel';
import { ProtocolPanel } from './ProtocolPanel';
import { SkillsPanel } from './SkillsPanel';
import { SubagentsPanel } from './SubagentsPanel';
import { TaskBoardPanel } from './TaskBoardPanel';
import { TeamPanel } from './TeamPanel';
import { TodoPanel } from './TodoPanel';

interface Props {
  panels: PanelId[];
  state: RunState;
  mainTokens: number;
  peakTokens: number;
}

export function LessonPanels({ panels, state, mainTokens, peakTokens }: Props) {
  return panels.map((panel) => {
    switch (panel) {
      case 'todo': return <TodoPanel key={panel} todos={state.todos} reminders={state.todoReminders} />;
      case 'subagents': return <SubagentsPanel key={panel} subagents={state.subagents} />;
      case 'skills': return <SkillsPanel key={panel} skills={state.skills} loaded={state.loadedSkills} />;
      case 'context': return <ContextPanel key={panel} tokens={mainTokens} peak={peakTokens} compactions={state.compactions} />;
      case 'tasks': return <TaskBoardPanel key={panel} tasks={state.tasks} claims={state.claims} />;
      case 'team': return <TeamPanel key={panel} mates={state.mates} mail={state.mail} />;
      case 'protocols': return <ProtocolPanel key={panel} requests={state.requests} />;
      default: {
        const never: never = panel;
        return never;
      }
    }
  });
}

// Which per-lesson panels a run needs. Decided from the whole event list, not the current step, so a
// panel does not pop in and out while scrubbing: before its first event it shows its empty state.
import type { EventType, TimelineEvent } from '../timeline/events';

export type PanelId = 'todo' | 'subagents' | 'skills' | 'context' | 'tasks' | 'team' | 'protocols';

/** Panel order on screen (the order the lessons introduce them). */
export const PANEL_ORDER: readonly PanelId[] = ['todo', 'subagents', 'skills', 'context', 'tasks', 'team', 'protocols'];

const OPENED_BY: Partial<Record<EventType, PanelId>> = {
  'todo.updated': 'todo',
  'todo.reminder': 'todo',
  'subagent.started': 'subagents',
  'skills.catalog': 'skills',
  'skill.loaded': 'skills',
  'context.compacted': 'context',
  'task.created': 'tasks',
  'task.claimed': 'tasks',
  'mate.spawned': 'team',
  'mail.sent': 'team',
  'protocol.requested': 'protocols',
};

export function panelsFor(events: readonly TimelineEvent[]): PanelId[] {
  const found = new Set<PanelId>();
  for (const e of events) {
    const panel = OPENED_BY[e.type];
    if (panel) found.add(panel);
  }
  return PANEL_ORDER.filter((p) => found.has(p));
}

/** The context gauge's full scale: the largest context any model call of the run saw (at least 1). */
export function peakTokens(events: readonly TimelineEvent[]): number {
  let peak = 1;
  for (const e of events) {
    if (e.type === 'llm.request') peak = Math.max(peak, e.tokenEstimate);
    else if (e.type === 'context.compacted') peak = Math.max(peak, e.tokensBefore);
  }
  return peak;
}

/** Rough size of a messages[] as the model gets it (4 characters a token, as the harness estimates). */
export function estimateTokens(messages: readonly unknown[]): number {
  return Math.ceil(JSON.stringify(messages).length / 4);
}

/** Whether the run uses background processes, so the notification queue is worth showing. */
export function usesBackground(events: readonly TimelineEvent[], lessonTools: readonly string[]): boolean {
  return lessonTools.includes('background_run') || events.some((e) => e.type === 'bg.started' || e.type === 'queue.enqueued');
}

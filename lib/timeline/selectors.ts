// Small questions the player asks of the event list, answered without folding it.
import type { Actor, TimelineEvent } from './events';
import type { Phase } from './state';

/**
 * The main loop's phase right after `event`, or null when the event does not change it.
 * Other actors' loops (subagents, teammates) never move the main phase.
 */
export function phaseEffect(event: TimelineEvent): Phase | null {
  switch (event.type) {
    case 'run.started': return 'idle';
    case 'run.finished': return 'finished';
    case 'run.failed': return 'failed';
    default:
  }
  if (event.actor !== 'main') return null;
  switch (event.type) {
    case 'llm.request': return 'calling_model';
    case 'llm.response': return 'idle';
    case 'tool.call': return 'running_tool';
    case 'tool.result': return 'idle';
    case 'queue.drained': return 'draining';
    case 'loop.waiting': return 'waiting_background';
    default: return null;
  }
}

/** The phase at step k (k = -1: before the first event), found by looking back, not by folding. */
export function phaseAt(events: readonly TimelineEvent[], k: number): Phase {
  for (let i = Math.min(k, events.length - 1); i >= 0; i--) {
    const phase = phaseEffect(events[i]);
    if (phase) return phase;
  }
  return 'idle';
}

/** Whether step k is the moment the loop drains the notification queue into its next model call. */
export function isDrainStep(events: readonly TimelineEvent[], k: number): boolean {
  return events[k]?.type === 'queue.drained';
}

export type MarkerKind = 'model' | 'tool' | 'process' | 'drain' | 'message';

/** Which scrubber marker an event gets, if any: model calls, tool calls, process start/finish, drains, team mail. */
export function markerKind(event: TimelineEvent): MarkerKind | null {
  switch (event.type) {
    case 'llm.request': return 'model';
    case 'tool.call': return 'tool';
    case 'bg.started':
    case 'bg.finished': return 'process';
    case 'queue.drained': return 'drain';
    case 'mail.sent': return 'message';
    default: return null;
  }
}

/** The steps where a model call starts (of one actor, or of any), ascending: for "previous/next model call". */
export function modelCallSteps(events: readonly TimelineEvent[], actor?: Actor): number[] {
  const steps: number[] = [];
  events.forEach((e, k) => {
    if (e.type === 'llm.request' && (actor === undefined || e.actor === actor)) steps.push(k);
  });
  return steps;
}

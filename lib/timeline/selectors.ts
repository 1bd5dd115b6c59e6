// Small questions the player asks of the event list, answered without folding it.
import type { TimelineEvent } from './events';
import type { Phase } from './state';

/**
 * The main loop's phase right after `event`, or null when the event does not change it.
 * Other actors' loops (subagents, teammates) never move the main phase.
 */
export function phaseEffect(event: TimelineEvent): Phase | null {
  const main = event.actor === 'main';
  switch (event.type) {
    case 'run.started': return 'idle';
    case 'run.finished': return 'finished';
    case 'run.failed': return 'failed';
    case 'llm.request': return main ? 'calling_model' : null;
    case 'llm.response': return main ? 'idle' : null;
    case 'tool.call': return main ? 'running_tool' : null;
    case 'tool.result': return main ? 'idle' : null;
    case 'queue.drained': return main ? 'draining' : null;
    case 'loop.waiting': return main ? 'waiting_background' : null;
    case 'llm.text': case 'messages.appended': case 'messages.replaced':
    case 'todo.updated': case 'todo.reminder': case 'subagent.started': case 'subagent.finished':
    case 'skills.catalog': case 'skill.loaded': case 'context.compacted':
    case 'task.created': case 'task.updated': case 'task.claimed':
    case 'bg.started': case 'bg.output': case 'bg.finished': case 'queue.enqueued':
    case 'mate.spawned': case 'mate.status': case 'mail.sent': case 'mail.read':
    case 'protocol.requested': case 'protocol.resolved': case 'identity.restated':
      return null;
    default: {
      const never: never = event;
      return never;
    }
  }
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
    case 'run.started': case 'run.finished': case 'run.failed': case 'llm.text': case 'llm.response':
    case 'messages.appended': case 'messages.replaced': case 'tool.result': case 'loop.waiting':
    case 'todo.updated': case 'todo.reminder': case 'subagent.started': case 'subagent.finished':
    case 'skills.catalog': case 'skill.loaded': case 'context.compacted':
    case 'task.created': case 'task.updated': case 'task.claimed': case 'bg.output': case 'queue.enqueued':
    case 'mate.spawned': case 'mate.status': case 'mail.read':
    case 'protocol.requested': case 'protocol.resolved': case 'identity.restated':
      return null;
    default: {
      const never: never = event;
      return never;
    }
  }
}

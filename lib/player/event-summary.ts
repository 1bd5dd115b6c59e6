// One line of data per event for the event list and the announcements: the event's own words (commands,
// tool names, ids), no prose, so it needs no translation.
import type { ContentBlock, TimelineEvent } from '../timeline/events';

const MAX = 120;

export function clip(text: string, max = MAX): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function blocksSummary(content: ContentBlock[]): string {
  return content
    .map((b) => (b.type === 'text' ? `"${clip(b.text, 60)}"` : b.type === 'tool_use' ? `${b.name}()` : `result ${b.tool_use_id}`))
    .join(', ');
}

function inputSummary(input: Record<string, unknown>): string {
  const first = Object.values(input).find((v) => typeof v === 'string');
  return typeof first === 'string' ? clip(first, 80) : clip(JSON.stringify(input), 80);
}

export function eventSummary(e: TimelineEvent): string {
  switch (e.type) {
    case 'run.started': return `${e.lesson} · ${e.model} (${e.mode}) · ${clip(e.prompt, 80)}`;
    case 'run.finished': return `${e.outcome}${e.text ? ` · ${clip(e.text, 80)}` : ''}`;
    case 'run.failed': return clip(e.error);
    case 'llm.request': return `turn ${e.turn} · ${e.messageCount} messages · ~${e.tokenEstimate} tokens`;
    case 'llm.text': return `"${clip(e.delta, 80)}"`;
    case 'llm.response': return `turn ${e.turn} · ${e.stopReason} · ${blocksSummary(e.content)}`;
    case 'messages.appended': return e.messages.map((m) => m.role).join(', ');
    case 'messages.replaced': return `${e.messages.length} messages · ${e.reason}`;
    case 'tool.call': return `${e.name} ${inputSummary(e.input)}`;
    case 'tool.result': return `${e.name}${e.isError ? ' ✗' : ''} · ${clip(e.output, 80)}`;
    case 'loop.waiting': return e.for.join(', ');
    case 'todo.updated': return e.items.map((i) => `${i.status === 'completed' ? '✓' : i.status === 'in_progress' ? '▸' : '○'} ${i.text}`).join(' · ');
    case 'todo.reminder': return `${e.turnsSinceUpdate} turns`;
    case 'subagent.started': return `${e.id} · ${clip(e.prompt, 80)}`;
    case 'subagent.finished': return `${e.id} · ${e.turns} turns · ${clip(e.summary, 80)}`;
    case 'skills.catalog': return e.skills.map((s) => s.name).join(', ');
    case 'skill.loaded': return `${e.name} · ${e.chars} chars`;
    case 'context.compacted': return `${e.layer} · ${e.tokensBefore} → ${e.tokensAfter} tokens`;
    case 'task.created': return `#${e.task.id} ${e.task.subject}`;
    case 'task.updated': return `#${e.task.id} ${e.task.status}${e.unblocked.length ? ` · unblocks ${e.unblocked.map((i) => `#${i}`).join(', ')}` : ''}`;
    case 'bg.started': return `${e.id} · ${clip(e.command, 80)}`;
    case 'bg.output': return `${e.id} · ${clip(e.chunk, 80)}`;
    case 'bg.finished': return `${e.id} · ${e.status}${e.exitCode === null ? '' : ` (exit ${e.exitCode})`}`;
    case 'queue.enqueued': return `${e.id} · ${e.status}`;
    case 'queue.drained': return `${e.ids.join(', ')} → turn ${e.beforeTurn}`;
    case 'mate.spawned': return `${e.name} (${e.role})`;
    case 'mate.status': return `${e.name} · ${e.status}`;
    case 'mail.sent': return `${e.from} → ${e.to} · ${e.msgType} · ${clip(e.content, 60)}`;
    case 'mail.read': return `${e.name} · ${e.count}`;
    case 'protocol.requested': return `${e.kind} ${e.requestId} · ${e.from} → ${e.to}`;
    case 'protocol.resolved': return `${e.kind} ${e.requestId} · ${e.status} by ${e.by}`;
    case 'task.claimed': return `#${e.taskId} · ${e.owner}`;
    case 'identity.restated': return e.name;
    default: {
      const never: never = e;
      return never;
    }
  }
}

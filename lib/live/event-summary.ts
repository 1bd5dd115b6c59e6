// One line per timeline event for the run panel's event log. Returns a message key (run.summary.<key>)
// and its values, so the words are translated and only the data comes from the event.
import type { TimelineEvent } from '../timeline/events';

export type SummaryValues = Record<string, string | number>;
export interface EventSummary {
  /** The event type with `_` for `.`: a key under run.summary in messages/*.json. */
  key: string;
  values: SummaryValues;
}

const MAX = 100;

/** Shortens to one line of at most `max` characters, whitespace collapsed. */
export function clip(text: string, max = MAX): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function values(event: TimelineEvent): SummaryValues {
  switch (event.type) {
    case 'run.started':
      return { lesson: event.lesson, model: event.model, mode: event.mode, prompt: clip(event.prompt, 60) };
    case 'run.finished':
      return { outcome: event.outcome, hasText: event.text.trim() ? 'yes' : 'no', text: clip(event.text) };
    case 'run.failed':
      return { error: clip(event.error) };
    case 'llm.request':
      return { turn: event.turn, messages: event.messageCount, tokens: event.tokenEstimate };
    case 'llm.text':
      return { text: clip(event.delta) };
    case 'llm.response':
      return { turn: event.turn, stop: event.stopReason, input: event.inputTokens, output: event.outputTokens };
    case 'messages.appended':
      return { count: event.messages.length, roles: event.messages.map((m) => m.role).join(', ') };
    case 'messages.replaced':
      return { count: event.messages.length, reason: clip(event.reason, 40) };
    case 'tool.call':
      return { name: event.name, input: clip(JSON.stringify(event.input), 80) };
    case 'tool.result':
      return { name: event.name, isError: String(event.isError), ms: event.durationMs, output: clip(event.output, 80) };
    case 'loop.waiting':
      return { ids: event.for.join(', ') };
    case 'todo.updated':
      return { count: event.items.length, done: event.items.filter((i) => i.status === 'completed').length };
    case 'todo.reminder':
      return { turns: event.turnsSinceUpdate };
    case 'subagent.started':
      return { id: event.id, prompt: clip(event.prompt, 80) };
    case 'subagent.finished':
      return { id: event.id, turns: event.turns, summary: clip(event.summary, 80) };
    case 'skills.catalog':
      return { count: event.skills.length, names: event.skills.map((s) => s.name).join(', ') };
    case 'skill.loaded':
      return { name: event.name, chars: event.chars };
    case 'context.compacted':
      return { layer: event.layer, before: event.tokensBefore, after: event.tokensAfter };
    case 'task.created':
      return { id: event.task.id, subject: clip(event.task.subject, 80) };
    case 'task.updated':
      return {
        id: event.task.id,
        status: event.task.status,
        // 'none' selects the message variant without the list.
        unblocked: event.unblocked.length ? event.unblocked.map((n) => `#${n}`).join(', ') : 'none',
      };
    case 'bg.started':
      return { id: event.id, pid: event.pid, command: clip(event.command, 80) };
    case 'bg.output':
      return { id: event.id, chunk: clip(event.chunk, 80) };
    case 'bg.finished':
      return { id: event.id, status: event.status, exit: event.exitCode ?? '-', ms: event.durationMs };
    case 'queue.enqueued':
      return { id: event.id, status: event.status, preview: clip(event.preview, 80) };
    case 'queue.drained':
      return { ids: event.ids.join(', '), turn: event.beforeTurn };
    case 'mate.spawned':
      return { name: event.name, role: event.role };
    case 'mate.status':
      return { name: event.name, status: event.status };
    case 'mail.sent':
      return { from: event.from, to: event.to, type: event.msgType, content: clip(event.content, 80) };
    case 'mail.read':
      return { name: event.name, count: event.count };
    case 'protocol.requested':
      return { kind: event.kind, id: event.requestId, from: event.from, to: event.to };
    case 'protocol.resolved':
      return { kind: event.kind, id: event.requestId, status: event.status, by: event.by };
    case 'task.claimed':
      return { id: event.taskId, owner: event.owner };
    case 'identity.restated':
      return { name: event.name };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

export function summarizeEvent(event: TimelineEvent): EventSummary {
  return { key: event.type.replace('.', '_'), values: values(event) };
}

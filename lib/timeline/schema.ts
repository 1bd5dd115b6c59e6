// zod schemas for what crosses an edge: imported trace files, SSE frames, request bodies.
// Inside the app the TypeScript types are trusted; these only guard the way in.
import { z } from 'zod';
import { EVENT_TYPES, type EventType, type TimelineEvent } from './events';
import { TRACE_FORMAT, TRACE_VERSION, type TraceHeader } from './trace-header';

export const actorSchema = z.union([
  z.literal('main'),
  z.templateLiteral(['bg:', z.string().min(1)]),
  z.templateLiteral(['sub:', z.string().min(1)]),
  z.templateLiteral(['mate:', z.string().min(1)]),
]);

export const contentBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('tool_use'), id: z.string(), name: z.string(), input: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('tool_result'), tool_use_id: z.string(), content: z.string(), is_error: z.boolean().optional() }),
]);

export const messageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.union([z.string(), z.array(contentBlockSchema)]),
});

const runMode = z.enum(['scripted', 'api']);
const endedStatus = z.enum(['completed', 'failed', 'timeout', 'cancelled']);
const requestKind = z.enum(['shutdown', 'plan']);
const count = z.number().int().nonnegative();
const taskRecord = z.object({
  id: z.number().int(), subject: z.string(), description: z.string(),
  status: z.enum(['pending', 'in_progress', 'completed']),
  owner: z.string().nullable(), blockedBy: z.array(z.number().int()), blocks: z.array(z.number().int()),
});

/** One event's schema: the common fields plus its own payload. */
function event<K extends EventType, S extends z.ZodRawShape>(type: K, payload: S) {
  return z.object({ seq: count, t: z.number().nonnegative(), actor: actorSchema, type: z.literal(type), ...payload });
}

export const eventSchemas = [
  event('run.started', { lesson: z.string(), prompt: z.string(), model: z.string(), mode: runMode }),
  event('run.finished', { outcome: z.enum(['completed', 'cancelled', 'turn_limit', 'time_limit']), text: z.string() }),
  event('run.failed', { error: z.string() }),
  event('llm.request', { turn: count, messageCount: count, tokenEstimate: count }),
  event('llm.text', { delta: z.string() }),
  event('llm.response', {
    turn: count, stopReason: z.string(), content: z.array(contentBlockSchema), inputTokens: count, outputTokens: count,
  }),
  event('messages.appended', { messages: z.array(messageSchema) }),
  event('messages.replaced', { messages: z.array(messageSchema), reason: z.string() }),
  event('tool.call', { id: z.string(), name: z.string(), input: z.record(z.string(), z.unknown()) }),
  event('tool.result', { id: z.string(), name: z.string(), output: z.string(), isError: z.boolean(), durationMs: z.number().nonnegative() }),
  event('loop.waiting', { for: z.array(z.string()) }),
  event('todo.updated', {
    items: z.array(z.object({ id: z.string(), text: z.string(), status: z.enum(['pending', 'in_progress', 'completed']) })),
  }),
  event('todo.reminder', { turnsSinceUpdate: count }),
  event('subagent.started', { id: z.string(), prompt: z.string() }),
  event('subagent.finished', { id: z.string(), summary: z.string(), turns: count }),
  event('skills.catalog', { skills: z.array(z.object({ name: z.string(), description: z.string() })) }),
  event('skill.loaded', { name: z.string(), chars: count }),
  event('context.compacted', {
    layer: z.enum(['micro', 'auto', 'manual']), tokensBefore: count, tokensAfter: count,
    transcriptPath: z.string().optional(), replaced: count.optional(),
  }),
  event('task.created', { task: taskRecord }),
  event('task.updated', { task: taskRecord, unblocked: z.array(z.number().int()) }),
  event('bg.started', { id: z.string(), command: z.string(), pid: z.number().int() }),
  event('bg.output', { id: z.string(), chunk: z.string() }),
  event('bg.finished', {
    id: z.string(), status: endedStatus, exitCode: z.number().int().nullable(), output: z.string(), durationMs: z.number().nonnegative(),
  }),
  event('queue.enqueued', { id: z.string(), status: endedStatus, preview: z.string() }),
  event('queue.drained', { ids: z.array(z.string()), beforeTurn: count, text: z.string() }),
  event('mate.spawned', { name: z.string(), role: z.string(), prompt: z.string() }),
  event('mate.status', { name: z.string(), status: z.enum(['working', 'idle', 'shutdown']) }),
  event('mail.sent', { from: z.string(), to: z.string(), msgType: z.string(), content: z.string(), requestId: z.string().optional() }),
  event('mail.read', { name: z.string(), count }),
  event('protocol.requested', { requestId: z.string(), kind: requestKind, from: z.string(), to: z.string(), content: z.string() }),
  event('protocol.resolved', {
    requestId: z.string(), kind: requestKind, status: z.enum(['approved', 'rejected']), by: z.string(), reason: z.string().optional(),
  }),
  event('task.claimed', { taskId: z.number().int(), owner: z.string() }),
  event('identity.restated', { name: z.string() }),
] as const;

export const timelineEventSchema = z.discriminatedUnion('type', eventSchemas);

export const traceHeaderSchema = z.object({
  format: z.literal(TRACE_FORMAT),
  version: z.literal(TRACE_VERSION),
  lesson: z.string().min(1),
  prompt: z.string(),
  model: z.string().min(1),
  mode: runMode,
  recordedAt: z.iso.datetime({ offset: true }),
});

// Compile-time guards: a forgotten event type or a schema that drifts from the types fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** EVENT_TYPES lists every key of EventPayloads. */
export type EventTypesComplete = Assert<Same<EventType, (typeof EVENT_TYPES)[number]>>;
/** The schema accepts exactly the TimelineEvent shapes. */
export type EventSchemaMatches = Assert<Same<z.infer<typeof timelineEventSchema>, TimelineEvent>>;
export type HeaderSchemaMatches = Assert<Same<z.infer<typeof traceHeaderSchema>, TraceHeader>>;

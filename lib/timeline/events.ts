// The one event vocabulary. Everything the timeline shows is one of these events.
// Emitted by the agent, buffered by the run manager, serialised over SSE, folded by the reducer,
// persisted in trace files and asserted in tests. Pure types: safe anywhere.

/** Which lane an event belongs to: the main loop, a background process, a subagent or a teammate. */
export type Actor = 'main' | `bg:${string}` | `sub:${string}` | `mate:${string}`;

/** The Anthropic Messages API shapes, as much of them as the course needs. */
export type TextBlock = { type: 'text'; text: string };
export type ToolUseBlock = { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };
export type ToolResultBlock = { type: 'tool_result'; tool_use_id: string; content: string; is_error?: boolean };
export type ContentBlock = TextBlock | ToolUseBlock | ToolResultBlock;
export type Message = { role: 'user' | 'assistant'; content: string | ContentBlock[] };

export type RunMode = 'scripted' | 'api';
export type RunOutcome = 'completed' | 'cancelled' | 'turn_limit' | 'time_limit';
export type BgStatus = 'running' | 'completed' | 'failed' | 'timeout' | 'cancelled';
export type TodoStatus = 'pending' | 'in_progress' | 'completed';
export type TaskStatus = 'pending' | 'in_progress' | 'completed';
export type MateStatus = 'working' | 'idle' | 'shutdown';
export type RequestKind = 'shutdown' | 'plan';
export type RequestStatus = 'pending' | 'approved' | 'rejected';
export type CompactLayer = 'micro' | 'auto' | 'manual';

export interface TodoItem { id: string; text: string; status: TodoStatus }
export interface TaskRecord {
  id: number; subject: string; description: string; status: TaskStatus;
  owner: string | null; blockedBy: number[]; blocks: number[];
}
export interface SkillInfo { name: string; description: string }

/** Payloads by event type. Add a type here and the reducer will not compile until it handles it. */
export interface EventPayloads {
  // run lifecycle (actor: main)
  'run.started': { lesson: string; prompt: string; model: string; mode: RunMode };
  'run.finished': { outcome: RunOutcome; text: string };
  'run.failed': { error: string };
  // the loop of any actor (main, sub:*, mate:*)
  'llm.request': { turn: number; messageCount: number; tokenEstimate: number };
  'llm.text': { delta: string };
  'llm.response': { turn: number; stopReason: string; content: ContentBlock[]; inputTokens: number; outputTokens: number };
  'messages.appended': { messages: Message[] };
  'messages.replaced': { messages: Message[]; reason: string };
  'tool.call': { id: string; name: string; input: Record<string, unknown> };
  'tool.result': { id: string; name: string; output: string; isError: boolean; durationMs: number };
  'loop.waiting': { for: string[] };
  // s03 todo
  'todo.updated': { items: TodoItem[] };
  'todo.reminder': { turnsSinceUpdate: number };
  // s04 subagent (actor: the parent; the child's own events carry actor sub:<id>)
  'subagent.started': { id: string; prompt: string };
  'subagent.finished': { id: string; summary: string; turns: number };
  // s05 skills
  'skills.catalog': { skills: SkillInfo[] };
  'skill.loaded': { name: string; chars: number };
  // s06 compaction
  'context.compacted': { layer: CompactLayer; tokensBefore: number; tokensAfter: number; transcriptPath?: string; replaced?: number };
  // s07 task board
  'task.created': { task: TaskRecord };
  'task.updated': { task: TaskRecord; unblocked: number[] };
  // s08 background processes (started/output/finished carry actor bg:<id>)
  'bg.started': { id: string; command: string; pid: number };
  'bg.output': { id: string; chunk: string };
  'bg.finished': { id: string; status: Exclude<BgStatus, 'running'>; exitCode: number | null; output: string; durationMs: number };
  'queue.enqueued': { id: string; status: Exclude<BgStatus, 'running'>; preview: string };
  'queue.drained': { ids: string[]; beforeTurn: number; text: string };
  // s09 teams (mate.* carry actor mate:<name>)
  'mate.spawned': { name: string; role: string; prompt: string };
  'mate.status': { name: string; status: MateStatus };
  'mail.sent': { from: string; to: string; msgType: string; content: string; requestId?: string };
  'mail.read': { name: string; count: number };
  // s10 protocols
  'protocol.requested': { requestId: string; kind: RequestKind; from: string; to: string; content: string };
  'protocol.resolved': { requestId: string; kind: RequestKind; status: Exclude<RequestStatus, 'pending'>; by: string; reason?: string };
  // s11 autonomy
  'task.claimed': { taskId: number; owner: string };
  'identity.restated': { name: string };
}

export type EventType = keyof EventPayloads;
export const EVENT_TYPES = [
  'run.started', 'run.finished', 'run.failed',
  'llm.request', 'llm.text', 'llm.response', 'messages.appended', 'messages.replaced',
  'tool.call', 'tool.result', 'loop.waiting',
  'todo.updated', 'todo.reminder', 'subagent.started', 'subagent.finished',
  'skills.catalog', 'skill.loaded', 'context.compacted', 'task.created', 'task.updated',
  'bg.started', 'bg.output', 'bg.finished', 'queue.enqueued', 'queue.drained',
  'mate.spawned', 'mate.status', 'mail.sent', 'mail.read',
  'protocol.requested', 'protocol.resolved', 'task.claimed', 'identity.restated',
] as const satisfies readonly EventType[];

/** An event as an emitter hands it over: the sink adds seq and t. */
export type EventBody = { [K in EventType]: { type: K; actor: Actor } & EventPayloads[K] }[EventType];

/** One timeline event: seq is 0,1,2,… per run with no gaps; t is ms since the run started. */
export type TimelineEvent = EventBody & { seq: number; t: number };

export type EventOf<K extends EventType> = Extract<TimelineEvent, { type: K }>;

/** Events after which no more come. */
export function isFinal(event: Pick<TimelineEvent, 'type'>): boolean {
  return event.type === 'run.finished' || event.type === 'run.failed';
}

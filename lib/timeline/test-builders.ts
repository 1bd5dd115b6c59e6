// Builders for tests (and benches): `ev.toolCall({ name: 'bash' })` gives a complete event body with
// sensible defaults, `seqd([...])` stamps seq and t, so a test spells out only what it is about.
import type { Actor, EventBody, EventPayloads, EventType, TaskRecord, TimelineEvent } from './events';
import { TRACE_FORMAT, TRACE_VERSION, type TraceHeader } from './trace-header';

const task: TaskRecord = { id: 1, subject: 'Write tests', description: '', status: 'pending', owner: null, blockedBy: [], blocks: [] };

const DEFAULTS: { [K in EventType]: EventPayloads[K] } = {
  'run.started': { lesson: 's01', prompt: 'List the files.', model: 'scripted', mode: 'scripted' },
  'run.finished': { outcome: 'completed', text: 'Done.' },
  'run.failed': { error: 'model call failed' },
  'llm.request': { turn: 1, messageCount: 1, tokenEstimate: 100 },
  'llm.text': { delta: 'Hello' },
  'llm.response': { turn: 1, stopReason: 'end_turn', content: [{ type: 'text', text: 'Hello' }], inputTokens: 100, outputTokens: 10 },
  'messages.appended': { messages: [{ role: 'user', content: 'List the files.' }] },
  'messages.replaced': { messages: [{ role: 'user', content: '[summary]' }], reason: 'compact' },
  'tool.call': { id: 'toolu_1', name: 'bash', input: { command: 'ls' } },
  'tool.result': { id: 'toolu_1', name: 'bash', output: 'README.md', isError: false, durationMs: 5 },
  'loop.waiting': { for: ['bg_1'] },
  'todo.updated': { items: [{ id: '1', text: 'Read the code', status: 'in_progress' }] },
  'todo.reminder': { turnsSinceUpdate: 3 },
  'subagent.started': { id: '1', prompt: 'Find TODOs.' },
  'subagent.finished': { id: '1', summary: 'Two TODOs.', turns: 2 },
  'skills.catalog': { skills: [{ name: 'pdf', description: 'Work with PDF files' }] },
  'skill.loaded': { name: 'pdf', chars: 1200 },
  'context.compacted': { layer: 'micro', tokensBefore: 5000, tokensAfter: 2000, replaced: 2 },
  'task.created': { task },
  'task.updated': { task: { ...task, status: 'completed' }, unblocked: [] },
  'bg.started': { id: 'bg_1', command: 'sleep 2', pid: 4242 },
  'bg.output': { id: 'bg_1', chunk: 'line\n' },
  'bg.finished': { id: 'bg_1', status: 'completed', exitCode: 0, output: 'line\n', durationMs: 2000 },
  'queue.enqueued': { id: 'bg_1', status: 'completed', preview: 'line' },
  'queue.drained': { ids: ['bg_1'], beforeTurn: 2, text: '<background-results>\n[bg:bg_1] completed: line\n</background-results>' },
  'mate.spawned': { name: 'alice', role: 'coder', prompt: 'Write the parser.' },
  'mate.status': { name: 'alice', status: 'idle' },
  'mail.sent': { from: 'lead', to: 'alice', msgType: 'message', content: 'Start with the tests.' },
  'mail.read': { name: 'alice', count: 1 },
  'protocol.requested': { requestId: 'req_1', kind: 'shutdown', from: 'lead', to: 'alice', content: 'Please stop.' },
  'protocol.resolved': { requestId: 'req_1', kind: 'shutdown', status: 'approved', by: 'alice' },
  'task.claimed': { taskId: 1, owner: 'alice' },
  'identity.restated': { name: 'alice' },
};

/** The actor an event type naturally carries, so `ev.bgStarted({ id: 'bg_2' })` lands on lane bg:bg_2. */
function defaultActor(type: EventType, payload: Record<string, unknown>): Actor {
  if (type.startsWith('bg.')) return `bg:${String(payload.id)}`;
  if (type.startsWith('mate.')) return `mate:${String(payload.name)}`;
  return 'main';
}

type BodyOf<K extends EventType> = Extract<EventBody, { type: K }>;
type Overrides<K extends EventType> = Partial<EventPayloads[K]> & { actor?: Actor };

/** One event body of `type`: the defaults above, then `overrides`. */
export function body<K extends EventType>(type: K, overrides: Overrides<K> = {}): BodyOf<K> {
  const { actor, ...payload } = overrides;
  const merged = { ...DEFAULTS[type], ...payload } as Record<string, unknown>;
  return { type, actor: actor ?? defaultActor(type, merged), ...merged } as BodyOf<K>;
}

type CamelCase<K extends string> = K extends `${infer A}.${infer B}` ? `${A}${Capitalize<B>}` : K;
type Builders = { [K in EventType as CamelCase<K>]: (overrides?: Overrides<K>) => BodyOf<K> };

/** `ev.llmRequest({ turn: 2 })`, `ev.bgFinished({ id: 'bg_3', status: 'failed' })`, … one per event type. */
export const ev = Object.fromEntries(
  (Object.keys(DEFAULTS) as EventType[]).map((type) => [
    type.replace(/\.(\w)/, (_, c: string) => c.toUpperCase()),
    (overrides?: Overrides<typeof type>) => body(type, overrides),
  ]),
) as Builders;

/** Stamp bodies as a run would: seq 0,1,2,… and t advancing by `dt` ms per event. */
export function seqd(bodies: readonly EventBody[], dt = 10): TimelineEvent[] {
  return bodies.map((b, i) => ({ ...b, seq: i, t: i * dt }) as TimelineEvent);
}

export function header(overrides: Partial<TraceHeader> = {}): TraceHeader {
  return {
    format: TRACE_FORMAT, version: TRACE_VERSION, lesson: 's01', prompt: 'List the files.', model: 'scripted',
    mode: 'scripted', recordedAt: '2025-01-01T00:00:00.000Z', ...overrides,
  };
}

// fast-check generators of plausible runs: short episodes (a model turn, a tool round, a background
// process finishing into the queue, a drain, a teammate's mail…) strung together, plus the odd
// out-of-place event, so properties see every event type in realistic and unrealistic orders.
import fc from 'fast-check';
import { EVENT_TYPES, isFinal, type Actor, type EventBody, type Message, type TimelineEvent } from './events';
import { body, ev, seqd } from './test-builders';

const loopActor = fc.constantFrom<Actor>('main', 'main', 'sub:1', 'mate:alice', 'mate:bob');
const bgId = fc.constantFrom('b1', 'b2', 'b3');
const mate = fc.constantFrom('alice', 'bob');
const taskId = fc.integer({ min: 1, max: 4 });
const words = fc.string({ maxLength: 12 });
const message = fc.record({ role: fc.constantFrom('user', 'assistant'), content: words }) as fc.Arbitrary<Message>;
const ended = fc.constantFrom('completed', 'failed', 'timeout', 'cancelled') as fc.Arbitrary<'completed' | 'failed' | 'timeout' | 'cancelled'>;
const task = fc.record({
  id: taskId, subject: words, description: fc.constant(''),
  status: fc.constantFrom('pending', 'in_progress', 'completed') as fc.Arbitrary<'pending' | 'in_progress' | 'completed'>,
  owner: fc.option(mate, { nil: null }), blockedBy: fc.array(taskId, { maxLength: 2 }), blocks: fc.array(taskId, { maxLength: 2 }),
});

const modelTurn = fc.tuple(loopActor, fc.nat(30), fc.array(words, { maxLength: 3 }), fc.array(message, { maxLength: 2 }))
  .map(([actor, turn, deltas, messages]): EventBody[] => [
    ev.llmRequest({ actor, turn }), ...deltas.map((delta) => ev.llmText({ actor, delta })),
    ev.llmResponse({ actor, turn }), ev.messagesAppended({ actor, messages }),
  ]);

const toolRound = fc.tuple(loopActor, fc.constantFrom('t1', 't2', 't3'), fc.constantFrom('bash', 'read_file', 'task'), fc.boolean())
  .map(([actor, id, name, isError]): EventBody[] => [
    ev.toolCall({ actor, id, name }), ev.toolResult({ actor, id, name, isError }),
    ev.messagesAppended({ actor, messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: 'ok' }] }] }),
  ]);

const background = fc.tuple(bgId, fc.array(words, { maxLength: 3 }), ended)
  .map(([id, chunks, status]): EventBody[] => [
    ev.bgStarted({ id }), ...chunks.map((chunk) => ev.bgOutput({ id, chunk })),
    ev.bgFinished({ id, status, output: chunks.join('') }), ev.queueEnqueued({ id, status }),
  ]);

const drain = fc.tuple(fc.uniqueArray(bgId, { maxLength: 3 }), fc.boolean())
  .map(([ids, waited]): EventBody[] => [
    ...(waited ? [ev.loopWaiting({ for: ids })] : []),
    ev.queueDrained({ ids }), ev.messagesAppended({ messages: [{ role: 'user', content: 'results' }] }),
  ]);

const planning = fc.oneof(
  fc.array(fc.record({ id: fc.constantFrom('1', '2'), text: words, status: task.map((t) => t.status) }), { maxLength: 3 })
    .map((items) => [ev.todoUpdated({ items })]),
  fc.nat(5).map((turnsSinceUpdate) => [ev.todoReminder({ turnsSinceUpdate })]),
  fc.tuple(words, modelTurn).map(([prompt, turn]): EventBody[] => [
    ev.subagentStarted({ id: '1', prompt }), ...turn.map((e) => ({ ...e, actor: 'sub:1' as const })),
    ev.subagentFinished({ id: '1' }),
  ]),
  fc.constantFrom([ev.skillsCatalog()], [ev.skillLoaded({ name: 'pdf' })], [ev.skillLoaded({ name: 'git' })]),
  fc.tuple(loopActor, fc.constantFrom('micro', 'auto', 'manual') as fc.Arbitrary<'micro' | 'auto' | 'manual'>, fc.array(message, { maxLength: 2 }))
    .map(([actor, layer, messages]) => [
      ev.messagesReplaced({ actor, messages }), ev.contextCompacted({ actor, layer, ...(layer === 'auto' ? { transcriptPath: '.transcripts/t.jsonl' } : {}) }),
    ]),
);

const board = fc.oneof(
  task.map((t) => [ev.taskCreated({ task: t })]),
  fc.tuple(task, fc.array(taskId, { maxLength: 2 })).map(([t, unblocked]) => [ev.taskUpdated({ task: t, unblocked })]),
  fc.tuple(taskId, mate).map(([id, owner]) => [ev.taskClaimed({ taskId: id, owner })]),
);

const team = fc.oneof(
  mate.map((name) => [ev.mateSpawned({ name })]),
  fc.tuple(mate, fc.constantFrom('working', 'idle', 'shutdown') as fc.Arbitrary<'working' | 'idle' | 'shutdown'>)
    .map(([name, status]) => [ev.mateStatus({ name, status })]),
  fc.tuple(mate, fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }))
    .map(([to, requestId]) => [ev.mailSent({ to, ...(requestId ? { requestId } : {}) })]),
  fc.tuple(mate, fc.nat(3)).map(([name, count]) => [ev.mailRead({ name, count })]),
  fc.tuple(fc.constantFrom('r1', 'r2'), fc.constantFrom('shutdown', 'plan') as fc.Arbitrary<'shutdown' | 'plan'>)
    .map(([requestId, kind]) => [ev.protocolRequested({ requestId, kind })]),
  fc.tuple(fc.constantFrom('r1', 'r2'), fc.constantFrom('approved', 'rejected') as fc.Arbitrary<'approved' | 'rejected'>)
    .map(([requestId, status]) => [ev.protocolResolved({ requestId, status })]),
  mate.map((name) => [ev.identityRestated({ actor: `mate:${name}`, name })]),
);

/** Any event type with default fields, on any actor: the reducer must take it in any order (only endings end). */
const outOfPlace = fc.tuple(fc.constantFrom(...EVENT_TYPES.filter((type) => !isFinal({ type }))), loopActor)
  .map(([type, actor]) => [body(type, { actor })]);

const episode = fc.oneof(
  { arbitrary: modelTurn, weight: 4 }, { arbitrary: toolRound, weight: 4 }, { arbitrary: background, weight: 3 },
  { arbitrary: drain, weight: 2 }, { arbitrary: planning, weight: 2 }, { arbitrary: board, weight: 2 },
  { arbitrary: team, weight: 3 }, { arbitrary: outOfPlace, weight: 1 },
);

const ending = fc.constantFrom<EventBody[]>([], [ev.runFinished()], [ev.runFinished({ outcome: 'cancelled' })], [ev.runFailed()]);

/** A run: started, some episodes, maybe finished or failed; stamped with seq and t. */
export const runEvents: fc.Arbitrary<TimelineEvent[]> = fc
  .tuple(fc.constant(ev.runStarted()), fc.array(episode, { maxLength: 40 }), ending, fc.integer({ min: 1, max: 50 }))
  .map(([start, episodes, end, dt]) => seqd([start, ...episodes.flat(), ...end], dt));

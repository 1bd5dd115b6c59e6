import { describe, expect, it } from 'vitest';
import type { EventBody, Message } from './events';
import { applyEvent, initialState } from './reduce';
import type { RunState } from './state';
import { ev, seqd } from './test-builders';

const fold = (bodies: EventBody[]): RunState => seqd(bodies).reduce(applyEvent, initialState());
const user = (content: string): Message => ({ role: 'user', content });

describe('applyEvent', () => {
  it('records what was run and how it ended', () => {
    const s = fold([ev.runStarted({ lesson: 's08', prompt: 'go', model: 'claude', mode: 'api' }), ev.runFinished({ text: 'bye' })]);
    expect(s).toMatchObject({ lesson: 's08', prompt: 'go', model: 'claude', mode: 'api', outcome: 'completed', finalText: 'bye', phase: 'finished' });
    expect(fold([ev.runStarted(), ev.runFailed({ error: 'boom' })])).toMatchObject({ error: 'boom', phase: 'failed' });
  });

  it('tracks the step it is at', () => {
    const events = seqd([ev.runStarted(), ev.llmRequest()], 25);
    const s = events.reduce(applyEvent, initialState());
    expect([s.seq, s.t]).toEqual([1, 25]);
  });

  it('opens a lane at an actor’s first event, in order of first appearance, and never reorders', () => {
    const s = fold([
      ev.runStarted(), ev.bgStarted({ id: 'b' }), ev.mateSpawned({ name: 'alice' }), ev.llmRequest({ actor: 'sub:1' }),
      ev.bgOutput({ id: 'b' }), ev.llmRequest(),
    ]);
    const byOrder = Object.values(s.lanes).sort((a, b) => a.order - b.order).map((l) => [l.actor, l.label]);
    expect(byOrder).toEqual([['main', 'main'], ['bg:b', 'b'], ['mate:alice', 'alice'], ['sub:1', '1']]);
    expect(s.lanes['bg:b'].startT).toBe(10);
  });

  it('draws a model-call block from llm.request to llm.response on the caller’s lane', () => {
    const s = fold([ev.llmRequest({ turn: 3 }), ev.llmText(), ev.llmResponse({ turn: 3 })]);
    expect(s.lanes.main.blocks).toEqual([
      { kind: 'llm', label: '#3', startSeq: 0, startT: 0, endSeq: 2, endT: 20 },
    ]);
  });

  it('pairs a tool result with its call by id, marking errors', () => {
    const s = fold([
      ev.toolCall({ id: 'a', name: 'bash' }), ev.toolCall({ id: 'b', name: 'read_file' }),
      ev.toolResult({ id: 'a', name: 'bash', isError: true }),
    ]);
    const [a, b] = s.lanes.main.blocks;
    expect(a).toMatchObject({ kind: 'tool', label: 'bash', callId: 'a', endSeq: 2, isError: true });
    expect(b).toMatchObject({ label: 'read_file', callId: 'b', endSeq: null });
  });

  it('ignores a result whose call it never saw instead of failing', () => {
    const s = fold([ev.toolResult({ id: 'ghost' }), ev.llmResponse()]);
    expect(s.lanes.main.blocks).toEqual([]);
  });

  it('ends every open block and lane when the run ends', () => {
    const s = fold([ev.llmRequest(), ev.bgStarted({ id: 'x' }), ev.runFinished({ outcome: 'cancelled' })]);
    expect(s.lanes.main.blocks[0]).toMatchObject({ endSeq: 2, endT: 20 });
    expect(s.lanes['bg:x'].endT).toBe(20);
    expect(s.lanes.main.endT).toBe(20);
  });

  describe('contexts: what each actor’s model sees next', () => {
    it('appends messages and marks those added since the last model call', () => {
      const s = fold([
        ev.messagesAppended({ messages: [user('hi')] }), ev.llmRequest({ tokenEstimate: 42 }),
        ev.messagesAppended({ messages: [{ role: 'assistant', content: 'yo' }, user('more')] }),
      ]);
      expect(s.contexts.main.messages.map((m) => m.content)).toEqual(['hi', 'yo', 'more']);
      expect(s.contexts.main.seenAtLastCall).toBe(1);
      expect(s.contexts.main.tokenEstimate).toBe(42);
    });

    it('replaces the history wholesale, all of it new', () => {
      const s = fold([
        ev.messagesAppended({ messages: [user('a'), user('b')] }), ev.llmRequest(),
        ev.messagesReplaced({ messages: [user('summary')] }),
      ]);
      expect(s.contexts.main.messages).toEqual([user('summary')]);
      expect(s.contexts.main.seenAtLastCall).toBe(0);
    });

    it('after a replacement that edits only the end (a reminder merged in), the unchanged head stays seen', () => {
      const s = fold([
        ev.messagesAppended({ messages: [user('a'), { role: 'assistant', content: 'b' }, user('c')] }), ev.llmRequest(),
        ev.messagesAppended({ messages: [{ role: 'assistant', content: 'd' }, user('e')] }),
        ev.messagesReplaced({ messages: [user('a'), { role: 'assistant', content: 'b' }, user('c'), { role: 'assistant', content: 'd' }, user('e + reminder')] }),
      ]);
      expect(s.contexts.main.seenAtLastCall).toBe(3);
    });

    it('after a replacement that edits an old message, that message and all after it are new', () => {
      const s = fold([
        ev.messagesAppended({ messages: [user('a'), { role: 'assistant', content: 'b' }, user('c')] }), ev.llmRequest(),
        ev.messagesReplaced({ messages: [user('a'), { role: 'assistant', content: '[Previous: used bash]' }, user('c')] }),
      ]);
      expect(s.contexts.main.seenAtLastCall).toBe(1);
    });

    it('streams text into the current response and starts afresh at the next call', () => {
      const first = fold([ev.llmRequest(), ev.llmText({ delta: 'Hel' }), ev.llmText({ delta: 'lo' })]);
      expect(first.contexts.main.streamingText).toBe('Hello');
      const next = applyEvent(first, { ...ev.llmRequest({ turn: 2 }), seq: 3, t: 30 });
      expect(next.contexts.main).toMatchObject({ streamingText: '', turn: 2 });
    });

    it('keeps each actor’s context apart', () => {
      const s = fold([ev.messagesAppended({ messages: [user('parent')] }), ev.messagesAppended({ actor: 'sub:1', messages: [user('child')] })]);
      expect(s.contexts.main.messages).toEqual([user('parent')]);
      expect(s.contexts['sub:1'].messages).toEqual([user('child')]);
    });

    it('keeps the last response', () => {
      const content = [{ type: 'text' as const, text: 'done' }];
      expect(fold([ev.llmRequest(), ev.llmResponse({ content })]).contexts.main.lastResponse).toEqual(content);
    });
  });

  describe('main-loop phase', () => {
    const phases = (bodies: EventBody[]) => seqd(bodies).reduce<{ s: RunState; out: string[] }>(
      ({ s, out }, e) => { const n = applyEvent(s, e); return { s: n, out: [...out, n.phase] }; },
      { s: initialState(), out: [] },
    ).out;

    it('follows the loop: model call, tool, drain, waiting, end', () => {
      expect(phases([
        ev.runStarted(), ev.llmRequest(), ev.llmResponse({ stopReason: 'tool_use' }), ev.toolCall(), ev.toolResult(),
        ev.queueDrained(), ev.messagesAppended(), ev.llmRequest(), ev.llmResponse(), ev.loopWaiting(), ev.runFinished(),
      ])).toEqual([
        'idle', 'calling_model', 'idle', 'running_tool', 'idle',
        'draining', 'draining', 'calling_model', 'idle', 'waiting_background', 'finished',
      ]);
    });

    it('is not moved by subagents or teammates', () => {
      expect(phases([ev.toolCall({ name: 'task' }), ev.llmRequest({ actor: 'sub:1' }), ev.toolResult({ actor: 'mate:bo' })]))
        .toEqual(['running_tool', 'running_tool', 'running_tool']);
    });
  });

  it('runs background processes from start to finish on their own lanes', () => {
    const s = fold([
      ev.bgStarted({ id: 'b1', command: 'sleep 2', pid: 7 }), ev.bgOutput({ id: 'b1', chunk: 'a' }), ev.bgOutput({ id: 'b1', chunk: 'b' }),
    ]);
    expect(s.background.b1).toMatchObject({ command: 'sleep 2', pid: 7, status: 'running', output: 'ab', endT: null });
    expect(s.lanes['bg:b1'].bgStatus).toBe('running');
    const done = applyEvent(s, { ...ev.bgFinished({ id: 'b1', status: 'timeout', exitCode: null, output: 'ab!' }), seq: 3, t: 99 });
    expect(done.background.b1).toMatchObject({ status: 'timeout', exitCode: null, output: 'ab!', endT: 99 });
    expect(done.lanes['bg:b1']).toMatchObject({ bgStatus: 'timeout', endT: 99 });
  });

  it('holds finished results in the queue until a drain takes them, and records the drain', () => {
    const queued = fold([
      ev.queueEnqueued({ id: 'a', status: 'completed' }), ev.queueEnqueued({ id: 'b', status: 'failed' }),
      ev.queueEnqueued({ id: 'c' }),
    ]);
    expect(queued.queue.map((c) => [c.id, c.enqueuedSeq])).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    const drained = applyEvent(queued, { ...ev.queueDrained({ ids: ['a', 'b'], beforeTurn: 4, text: 'T' }), seq: 3, t: 30 });
    expect(drained.queue.map((c) => c.id)).toEqual(['c']);
    expect(drained.drains).toEqual([{ seq: 3, ids: ['a', 'b'], beforeTurn: 4, text: 'T' }]);
  });

  it('keeps the latest todo list and counts reminders', () => {
    const items = [{ id: '1', text: 'x', status: 'completed' as const }];
    const s = fold([ev.todoUpdated(), ev.todoUpdated({ items }), ev.todoReminder(), ev.todoReminder()]);
    expect(s.todos).toEqual(items);
    expect(s.todoReminders).toBe(2);
  });

  it('records a subagent’s prompt, then its summary, and ends its lane', () => {
    const s = fold([ev.subagentStarted({ id: '1', prompt: 'p' }), ev.llmRequest({ actor: 'sub:1' }), ev.subagentFinished({ id: '1', summary: 'S', turns: 4 })]);
    expect(s.subagents['1']).toEqual({ id: '1', prompt: 'p', summary: 'S', turns: 4 });
    expect(s.lanes['sub:1'].endT).toBe(20);
  });

  it('lists the skill catalogue and each loaded skill once', () => {
    const s = fold([ev.skillsCatalog(), ev.skillLoaded({ name: 'pdf' }), ev.skillLoaded({ name: 'git' }), ev.skillLoaded({ name: 'pdf' })]);
    expect(s.skills).toEqual([{ name: 'pdf', description: 'Work with PDF files' }]);
    expect(s.loadedSkills).toEqual(['pdf', 'git']);
  });

  it('logs compactions and shrinks the actor’s token estimate to what is left', () => {
    const s = fold([ev.llmRequest({ tokenEstimate: 9000 }), ev.contextCompacted({ layer: 'auto', tokensBefore: 9000, tokensAfter: 800, transcriptPath: '.transcripts/1.jsonl' })]);
    expect(s.compactions).toEqual([{ seq: 1, actor: 'main', layer: 'auto', tokensBefore: 9000, tokensAfter: 800, transcriptPath: '.transcripts/1.jsonl' }]);
    expect(s.contexts.main.tokenEstimate).toBe(800);
  });

  it('keeps the task board, unblocking dependants when a blocker completes', () => {
    const t1 = { id: 1, subject: 'a', description: '', status: 'pending' as const, owner: null, blockedBy: [], blocks: [2] };
    const t2 = { id: 2, subject: 'b', description: '', status: 'pending' as const, owner: null, blockedBy: [1], blocks: [] };
    const s = fold([ev.taskCreated({ task: t1 }), ev.taskCreated({ task: t2 }), ev.taskUpdated({ task: { ...t1, status: 'completed' }, unblocked: [2] })]);
    expect(s.tasks[1].status).toBe('completed');
    expect(s.tasks[2].blockedBy).toEqual([]);
  });

  it('records claims and gives the claimed task its owner', () => {
    const s = fold([ev.taskCreated(), ev.taskClaimed({ taskId: 1, owner: 'alice' })]);
    expect(s.claims).toEqual([{ taskId: 1, owner: 'alice', seq: 1 }]);
    expect(s.tasks[1]).toMatchObject({ owner: 'alice', status: 'in_progress' });
  });

  it('keeps the team roster with statuses and unread mail', () => {
    const s = fold([
      ev.mateSpawned({ name: 'alice', role: 'coder' }), ev.mailSent({ to: 'alice' }), ev.mailSent({ to: 'alice', requestId: 'r' }),
      ev.mailSent({ from: 'alice', to: 'lead' }), ev.mailRead({ name: 'alice', count: 1 }), ev.mateStatus({ name: 'alice', status: 'shutdown' }),
    ]);
    expect(s.mates.alice).toEqual({ name: 'alice', role: 'coder', status: 'shutdown', inboxUnread: 1 });
    expect(s.mail.map((m) => [m.seq, m.to, m.requestId])).toEqual([[1, 'alice', undefined], [2, 'alice', 'r'], [3, 'lead', undefined]]);
    expect(s.lanes['mate:alice']).toMatchObject({ mateStatus: 'shutdown', endT: 50 });
  });

  it('moves protocol requests from pending to their resolution', () => {
    const s = fold([ev.protocolRequested({ requestId: 'r1', kind: 'plan' }), ev.protocolRequested({ requestId: 'r2' })]);
    expect(s.requests.r1.status).toBe('pending');
    const next = applyEvent(s, { ...ev.protocolResolved({ requestId: 'r1', kind: 'plan', status: 'rejected', reason: 'too big' }), seq: 2, t: 20 });
    expect(next.requests.r1).toMatchObject({ status: 'rejected', reason: 'too big' });
    expect(next.requests.r2.status).toBe('pending');
  });

  it('never changes the state it was given, and shares what the event did not touch', () => {
    const before = fold([ev.runStarted(), ev.bgStarted({ id: 'b' }), ev.messagesAppended(), ev.todoUpdated()]);
    const copy = structuredClone(before);
    const after = applyEvent(before, { ...ev.toolCall(), seq: 4, t: 40 });
    expect(before).toEqual(copy);
    expect(after.lanes['bg:b']).toBe(before.lanes['bg:b']);
    expect(after.contexts).toBe(before.contexts);
    expect(after.todos).toBe(before.todos);
  });
});

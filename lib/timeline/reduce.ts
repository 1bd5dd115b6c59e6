// The reducer: folds timeline events into the RunState the visualizer renders.
// Pure, total and immutable: a step returns a new state and copies only what the event changes,
// so earlier states (checkpoints) stay valid and share everything else.
import type { Actor, Message, TimelineEvent } from './events';
import { editable, type Fresh, withItems, withKey } from './fresh';
import { closeBlock, endAllLanes, ensureLane, openBlock, patchLane } from './lanes';
import { phaseEffect } from './selectors';
import type { ActorContext, RunState } from './state';

export { markerKind, type MarkerKind } from './selectors';

export function initialState(): RunState {
  return {
    seq: -1, t: 0, lesson: null, prompt: null, model: null, mode: null, outcome: null, error: null,
    finalText: null, phase: 'idle', lanes: {}, contexts: {}, background: {}, queue: [], drains: [], todos: [],
    todoReminders: 0, subagents: {}, skills: [], loadedSkills: [], compactions: [], tasks: {}, mates: {},
    mail: [], requests: {}, claims: [],
  };
}

export function applyEvent(state: RunState, event: TimelineEvent): RunState {
  return step(state, event, null);
}

/**
 * The state after events[from..to] inclusive, folded onto `state`. Same result as applyEvent one by one,
 * but collections created inside the stretch are updated in place (nobody else has seen them yet).
 */
export function foldEvents(state: RunState, events: readonly TimelineEvent[], from: number, to: number): RunState {
  const fresh: Fresh = new WeakSet();
  for (let i = from; i <= to; i++) state = step(state, events[i], fresh);
  return state;
}

function step(state: RunState, event: TimelineEvent, fresh: Fresh): RunState {
  const next = editable(fresh, state);
  next.lanes = ensureLane(next.lanes, event.actor, event.t, fresh);
  next.seq = event.seq;
  next.t = event.t;
  next.phase = phaseEffect(event) ?? next.phase;
  return Object.assign(next, changes(next, event, fresh));
}

const EMPTY_CONTEXT: ActorContext = Object.freeze({
  messages: [], seenAtLastCall: 0, tokenEstimate: 0, turn: 0, streamingText: '', lastResponse: null,
});

function contextOf(s: RunState, actor: Actor): ActorContext {
  return s.contexts[actor] ?? EMPTY_CONTEXT;
}

function withContext(
  s: RunState, actor: Actor, fresh: Fresh, change: (c: ActorContext) => Partial<ActorContext>,
): Pick<RunState, 'contexts'> {
  const current = contextOf(s, actor);
  return { contexts: withKey(fresh, s.contexts, actor, { ...current, ...change(current) }) };
}

/** The fields of the state this event changes (the lane of a first-seen actor is already there). */
function changes(s: RunState, e: TimelineEvent, fresh: Fresh): Partial<RunState> {
  const end = { seq: e.seq, t: e.t };
  switch (e.type) {
    case 'run.started':
      return { lesson: e.lesson, prompt: e.prompt, model: e.model, mode: e.mode };
    case 'run.finished':
      return { outcome: e.outcome, finalText: e.text, lanes: endAllLanes(s.lanes, e.seq, e.t) };
    case 'run.failed':
      return { error: e.error, lanes: endAllLanes(s.lanes, e.seq, e.t) };

    case 'llm.request':
      return {
        lanes: openBlock(s.lanes, e.actor, { kind: 'llm', label: `#${e.turn}`, startSeq: e.seq, startT: e.t }, fresh),
        ...withContext(s, e.actor, fresh, (c) => ({
          seenAtLastCall: c.messages.length, turn: e.turn, tokenEstimate: e.tokenEstimate, streamingText: '',
        })),
      };
    case 'llm.text':
      return withContext(s, e.actor, fresh, (c) => ({ streamingText: c.streamingText + e.delta }));
    case 'llm.response':
      return {
        lanes: closeBlock(s.lanes, e.actor, (b) => b.kind === 'llm', end, fresh),
        ...withContext(s, e.actor, fresh, () => ({ lastResponse: e.content, turn: e.turn })),
      };
    case 'messages.appended':
      return withContext(s, e.actor, fresh, (c) => ({ messages: withItems(fresh, c.messages, e.messages) }));
    case 'messages.replaced':
      // What the model already saw is the unchanged head of the history; from the first change on, it is new.
      return withContext(s, e.actor, fresh, (c) => ({
        messages: e.messages, seenAtLastCall: unchangedPrefix(c.messages, e.messages, c.seenAtLastCall),
      }));
    case 'tool.call':
      return { lanes: openBlock(s.lanes, e.actor, { kind: 'tool', label: e.name, startSeq: e.seq, startT: e.t, callId: e.id }, fresh) };
    case 'tool.result':
      return { lanes: closeBlock(s.lanes, e.actor, (b) => b.kind === 'tool' && b.callId === e.id, { ...end, isError: e.isError }, fresh) };
    case 'loop.waiting':
      return {};

    case 'todo.updated':
      return { todos: e.items };
    case 'todo.reminder':
      return { todoReminders: s.todoReminders + 1 };

    case 'subagent.started':
      return { subagents: withKey(fresh, s.subagents, e.id, { id: e.id, prompt: e.prompt, summary: null, turns: null }) };
    case 'subagent.finished': {
      const prompt = s.subagents[e.id]?.prompt ?? '';
      return {
        subagents: withKey(fresh, s.subagents, e.id, { id: e.id, prompt, summary: e.summary, turns: e.turns }),
        lanes: patchLane(s.lanes, `sub:${e.id}`, { endT: e.t }, fresh),
      };
    }

    case 'skills.catalog':
      return { skills: e.skills };
    case 'skill.loaded':
      return s.loadedSkills.includes(e.name) ? {} : { loadedSkills: withItems(fresh, s.loadedSkills, [e.name]) };

    case 'context.compacted':
      return {
        compactions: withItems(fresh, s.compactions, [{
          seq: e.seq, actor: e.actor, layer: e.layer, tokensBefore: e.tokensBefore, tokensAfter: e.tokensAfter,
          ...(e.transcriptPath !== undefined ? { transcriptPath: e.transcriptPath } : {}),
        }]),
        ...withContext(s, e.actor, fresh, () => ({ tokenEstimate: e.tokensAfter })),
      };

    case 'task.created':
      return { tasks: withKey(fresh, s.tasks, e.task.id, e.task) };
    case 'task.updated': {
      let tasks = withKey(fresh, s.tasks, e.task.id, e.task);
      for (const id of e.unblocked) {
        const dependant = tasks[id];
        if (dependant) tasks = withKey(fresh, tasks, id, { ...dependant, blockedBy: dependant.blockedBy.filter((b) => b !== e.task.id) });
      }
      return { tasks };
    }
    case 'task.claimed': {
      const task = s.tasks[e.taskId];
      return {
        claims: withItems(fresh, s.claims, [{ taskId: e.taskId, owner: e.owner, seq: e.seq }]),
        ...(task ? { tasks: withKey(fresh, s.tasks, e.taskId, { ...task, owner: e.owner, status: 'in_progress' }) } : {}),
      };
    }

    case 'bg.started':
      return {
        background: withKey(fresh, s.background, e.id, {
          id: e.id, command: e.command, pid: e.pid, status: 'running', exitCode: null, output: '', startT: e.t, endT: null,
        }),
        lanes: patchLane(s.lanes, e.actor, { bgStatus: 'running' }, fresh),
      };
    case 'bg.output': {
      const proc = s.background[e.id];
      return proc ? { background: withKey(fresh, s.background, e.id, { ...proc, output: proc.output + e.chunk }) } : {};
    }
    case 'bg.finished': {
      const proc = s.background[e.id];
      const done = { status: e.status, exitCode: e.exitCode, output: e.output, endT: e.t };
      return {
        ...(proc ? { background: withKey(fresh, s.background, e.id, { ...proc, ...done }) } : {}),
        lanes: patchLane(s.lanes, e.actor, { bgStatus: e.status, endT: e.t }, fresh),
      };
    }
    case 'queue.enqueued':
      return { queue: withItems(fresh, s.queue, [{ id: e.id, status: e.status, preview: e.preview, enqueuedSeq: e.seq }]) };
    case 'queue.drained':
      return {
        queue: s.queue.filter((card) => !e.ids.includes(card.id)),
        drains: withItems(fresh, s.drains, [{ seq: e.seq, ids: e.ids, beforeTurn: e.beforeTurn, text: e.text }]),
      };

    case 'mate.spawned':
      return {
        mates: withKey(fresh, s.mates, e.name, {
          name: e.name, role: e.role, status: 'working', inboxUnread: s.mates[e.name]?.inboxUnread ?? 0,
        }),
        lanes: patchLane(s.lanes, e.actor, { mateStatus: 'working' }, fresh),
      };
    case 'mate.status': {
      const mate = s.mates[e.name];
      return {
        ...(mate ? { mates: withKey(fresh, s.mates, e.name, { ...mate, status: e.status }) } : {}),
        lanes: patchLane(s.lanes, e.actor, e.status === 'shutdown' ? { mateStatus: e.status, endT: e.t } : { mateStatus: e.status }, fresh),
      };
    }
    case 'mail.sent': {
      const { from, to, msgType, content, requestId } = e;
      const recipient = s.mates[to];
      return {
        mail: withItems(fresh, s.mail, [{ seq: e.seq, from, to, msgType, content, ...(requestId !== undefined ? { requestId } : {}) }]),
        ...(recipient ? { mates: withKey(fresh, s.mates, to, { ...recipient, inboxUnread: recipient.inboxUnread + 1 }) } : {}),
      };
    }
    case 'mail.read': {
      const reader = s.mates[e.name];
      if (!reader) return {};
      return { mates: withKey(fresh, s.mates, e.name, { ...reader, inboxUnread: Math.max(0, reader.inboxUnread - e.count) }) };
    }

    case 'protocol.requested': {
      const { requestId, kind, from, to, content } = e;
      return { requests: withKey(fresh, s.requests, requestId, { requestId, kind, from, to, content, status: 'pending' }) };
    }
    case 'protocol.resolved': {
      const request = s.requests[e.requestId];
      if (!request) return {};
      const resolved = { ...request, status: e.status, ...(e.reason !== undefined ? { reason: e.reason } : {}) };
      return { requests: withKey(fresh, s.requests, e.requestId, resolved) };
    }

    case 'identity.restated':
      return {};
    default:
      return unreachable(e);
  }
}

function unreachable(e: never): never {
  throw new Error(`unhandled timeline event ${JSON.stringify(e)}`);
}

/**
 * How many leading messages two histories share, up to `limit` (same object, or the same JSON after a
 * trace round trip). Only the part the model saw matters, so the comparison stops there.
 */
function unchangedPrefix(before: readonly Message[], after: readonly Message[], limit: number): number {
  const end = Math.min(limit, before.length, after.length);
  let n = 0;
  while (n < end && (before[n] === after[n] || JSON.stringify(before[n]) === JSON.stringify(after[n]))) n++;
  return n;
}

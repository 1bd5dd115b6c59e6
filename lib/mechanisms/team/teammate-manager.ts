// s09: persistent teammates. Each one is its own agent loop (own messages, system prompt and tools) that
// runs concurrently with the lead's: spawning returns at once. When a teammate's loop ends it goes idle
// until it has work again (mail in s09/s10; mail or a task from the board in s11), or it shuts down.
import { join } from 'node:path';
import { runLoop, newLoopState } from '../../agent/loop';
import { addUserText, appendMessages } from '../../agent/messages';
import type { EventSink, LoopHooks, LoopState, ModelSeam, Tool, Workspace } from '../../agent/types';
import type { Actor, MateStatus } from '../../timeline/events';
import { Changes } from './changes';
import { type ExitRequest, LoopExit, exitWhenAsked } from './loop-exit';
import { sendMail } from './mail';
import { MessageBus } from './message-bus';
import { LEAD, type Member, Roster } from './roster';

export interface Teammate extends ExitRequest {
  name: string;
  role: string;
  prompt: string;
  actor: Actor;
  state: LoopState;
  /** Aborts when the run is cancelled or the team is disposed. */
  signal: AbortSignal;
}

/** What a lesson gives each teammate: who it is and what it can do. */
export interface TeammateSetup {
  system: string;
  tools: Tool[];
  hooks: LoopHooks[];
}

/** What ends an idle spell: work (with a note for the model, e.g. the task it claimed) or shutting down. */
export type IdleOutcome = { wake: true; note?: string } | { wake: false };

export interface TeamOptions {
  model: ModelSeam;
  workspace: Workspace;
  sink: EventSink;
  signal: AbortSignal;
  maxTurns: number;
  setup(mate: Teammate, team: TeammateManager): TeammateSetup;
  /** How an idle teammate waits for work; by default it sleeps until mail arrives. */
  idle?(mate: Teammate, team: TeammateManager): Promise<IdleOutcome>;
}

export function mateActor(name: string): Actor {
  return `mate:${name}`;
}

export class TeammateManager {
  readonly bus: MessageBus;
  readonly roster: Roster;
  readonly changes = new Changes();
  private readonly mates = new Map<string, { mate: Teammate; stop: AbortController; done: Promise<void> }>();

  constructor(private readonly options: TeamOptions) {
    const dir = join(options.workspace.root, '.team');
    this.bus = new MessageBus(join(dir, 'inbox'));
    this.roster = new Roster(join(dir, 'config.json'));
    this.bus.onDelivered(() => this.changes.notify());
  }

  // #region spawn
  /** Start a teammate's loop and return at once: it works concurrently with whoever spawned it. */
  spawn(name: string, role: string, prompt: string): Teammate {
    this.options.signal.throwIfAborted();
    const stop = new AbortController();
    const signal = AbortSignal.any([this.options.signal, stop.signal]);
    const actor = mateActor(name);
    const mate: Teammate = { name, role, prompt, actor, exit: null, signal, state: newLoopState(actor, this.options.sink, signal) };
    this.roster.add(name, role);
    this.options.sink.emit({ type: 'mate.spawned', actor, name, role, prompt });
    const done = this.live(mate, this.options.setup(mate, this));
    this.mates.set(name, { mate, stop, done });
    this.changes.notify();
    return mate;
  }

  private async live(mate: Teammate, setup: TeammateSetup): Promise<void> {
    const config = { actor: mate.actor, maxTurns: this.options.maxTurns, ...setup, hooks: [exitWhenAsked(mate), ...setup.hooks] };
    const deps = { model: this.options.model, workspace: this.options.workspace };
    appendMessages(mate.state, { role: 'user', content: mate.prompt });
    try {
      for (;;) {
        if (await this.work(mate, () => runLoop(config, mate.state, deps)) === 'shutdown') return;
        this.setStatus(mate, 'idle');
        const next = await (this.options.idle ?? waitForMail)(mate, this);
        if (!next.wake) return;
        this.setStatus(mate, 'working');
        if (next.note) addUserText(mate.state, next.note, 'woken');
      }
    } catch (err) {
      if (!mate.signal.aborted) await this.reportFailure(mate, err);
    } finally {
      this.setStatus(mate, 'shutdown');
    }
  }
  // #endregion

  /** One stretch of work: the loop runs until the model ends its turn or a tool asks to leave. */
  private async work(mate: Teammate, loop: () => Promise<string>): Promise<'idle' | 'shutdown'> {
    try {
      await loop();
    } catch (err) {
      if (!(err instanceof LoopExit)) throw err;
    }
    const ended = mate.exit === 'shutdown' ? 'shutdown' : 'idle';
    mate.exit = null;
    return ended;
  }

  private async reportFailure(mate: Teammate, err: unknown): Promise<void> {
    const content = `${mate.name} stopped: ${err instanceof Error ? err.message : String(err)}`;
    await sendMail(this.bus, this.options.sink, mate.actor, { to: LEAD, from: mate.name, type: 'message', content });
  }

  setStatus(mate: Teammate, status: MateStatus): void {
    if (this.roster.get(mate.name)?.status === status) return;
    this.roster.setStatus(mate.name, status);
    this.options.sink.emit({ type: 'mate.status', actor: mate.actor, name: mate.name, status });
    this.changes.notify();
  }

  get(name: string): Teammate | undefined {
    return this.mates.get(name)?.mate;
  }

  members(): Member[] {
    return this.roster.list();
  }

  /** Teammates still doing something: working, or idle with mail that is about to wake them. */
  busy(): Member[] {
    return this.members().filter((m) => m.status === 'working' || (m.status === 'idle' && this.bus.unread(m.name) > 0));
  }

  /** Teammates that have not shut down. */
  alive(): Member[] {
    return this.members().filter((m) => m.status !== 'shutdown');
  }

  /** Stop every teammate (their loops, and so their model calls and commands) and wait until they are gone. */
  async dispose(): Promise<void> {
    for (const { stop } of this.mates.values()) stop.abort(new Error('team disposed'));
    await Promise.all([...this.mates.values()].map((m) => m.done));
    await this.roster.flushed();
  }
}

/** The s09/s10 idle: sleep until there is mail. */
async function waitForMail(mate: Teammate, team: TeammateManager): Promise<IdleOutcome> {
  await team.changes.until(() => team.bus.unread(mate.name) > 0, mate.signal);
  return { wake: true };
}

// The contracts every lesson's agent is built from. Node-only layer.
import type Anthropic from '@anthropic-ai/sdk';
import type { LessonId } from '../lessons/registry';
import type { Actor, EventBody, Message, RunMode, TimelineEvent } from '../timeline/events';
import type { Script } from './script';

/** Where events go. The sink stamps seq (0,1,2,… no gaps) and t (ms since the run started). */
export interface EventSink {
  emit(event: EventBody): TimelineEvent;
}

/** The per-run directory every tool works in. */
export interface Workspace {
  readonly root: string;
  /** Resolve a model-supplied path inside the workspace; throws ToolError when it would leave it. */
  resolve(path: string): string;
}

/** What the loop talks to: always the Anthropic SDK; the scripted model hides behind its `fetch`. */
export interface ModelSeam {
  client: Anthropic;
  model: string;
  mode: RunMode;
}

export interface ToolContext {
  actor: Actor;
  workspace: Workspace;
  sink: EventSink;
  signal: AbortSignal;
}

export type ToolInputSchema = {
  type: 'object';
  properties: Record<string, unknown>;
  required?: string[];
  [key: string]: unknown;
};

/** A tool: its definition for the model plus its handler. Throw ToolError for an error the model should read. */
export interface Tool {
  name: string;
  description: string;
  input_schema: ToolInputSchema;
  run(input: Record<string, unknown>, ctx: ToolContext): Promise<string>;
}

/** An error the model gets back as an `is_error` tool result, with a message it can act on. */
export class ToolError extends Error {}

/** The state of one loop (one actor's conversation), handed to hooks. */
export interface LoopState {
  actor: Actor;
  /** Exactly what the model sees next. Change it only through appendMessages / replaceMessages. */
  messages: Message[];
  /** Model calls made so far by this loop. */
  turn: number;
  sink: EventSink;
  signal: AbortSignal;
}

/** Mechanisms plug into the loop through hooks. */
export interface LoopHooks {
  /** Runs before every model call: drain queues, read inboxes, inject reminders, compact. */
  beforeModelCall?(state: LoopState): Promise<void>;
  /**
   * Runs when the model stops asking for tools. Return true to go round again (the hook has appended
   * something for the model, e.g. background results it waited for); false to let the loop end.
   */
  onEndTurn?(state: LoopState): Promise<boolean>;
}

export interface AgentConfig {
  actor: Actor;
  system: string;
  tools: Tool[];
  hooks: LoopHooks[];
  maxTurns: number;
  maxTokens?: number;
}

export interface AgentRuntime {
  lesson: LessonId;
  model: ModelSeam;
  sink: EventSink;
  workspace: Workspace;
  signal: AbortSignal;
  limits: { maxTurns: number };
  /** Lesson-specific knobs (compaction thresholds, idle poll interval…), so tests and demos can trigger them. */
  options?: Record<string, number>;
}

/** A lesson's agent, alive for one run (or one REPL session: messages persist between prompts). */
export interface LessonAgent {
  /** Run the loop on one user prompt until the model stops; returns its final text. */
  send(prompt: string): Promise<string>;
  /** Stop everything the agent started: loops, child processes, teammates. Idempotent. */
  dispose(): Promise<void>;
  /** For REPL commands such as /tasks, /bg, /team, /inbox: a readable state, or null if unknown here. */
  inspect?(what: string): string | null;
}

export interface LessonModule {
  id: LessonId;
  createAgent(rt: AgentRuntime): LessonAgent;
  /** The scripted model's conversations for this lesson's example prompts (and its subagents/teammates). */
  scripts: readonly Script[];
}

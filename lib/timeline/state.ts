// The view of a run at one step: what the reducer folds events into. Pure types.
import type {
  Actor, BgStatus, CompactLayer, ContentBlock, Message, MateStatus, RequestKind, RequestStatus,
  RunMode, RunOutcome, SkillInfo, TaskRecord, TodoItem,
} from './events';

/** What the loop is doing at this step (the phase indicator). */
export type Phase =
  | 'idle' | 'calling_model' | 'running_tool' | 'draining' | 'waiting_background' | 'finished' | 'failed';

/** A block on a lane: a model call or a tool call, from its start event to its end event. */
export interface LaneBlock {
  kind: 'llm' | 'tool';
  label: string;
  startSeq: number; startT: number;
  endSeq: number | null; endT: number | null;
  isError?: boolean;
  /** Tool blocks: the tool_use id, which pairs tool.call with its tool.result. */
  callId?: string;
}

export interface Lane {
  actor: Actor;
  /** Order of first appearance: lanes never reorder. */
  order: number;
  label: string;
  blocks: LaneBlock[];
  /** For bg:* lanes: the process outcome; for mate:* lanes: its status. */
  bgStatus?: BgStatus;
  mateStatus?: MateStatus;
  startT: number;
  endT: number | null;
}

export interface BgProcess {
  id: string; command: string; pid: number; status: BgStatus;
  exitCode: number | null; output: string; startT: number; endT: number | null;
}

/** A finished result waiting in the notification queue until the loop drains it. */
export interface QueueCard { id: string; status: Exclude<BgStatus, 'running'>; preview: string; enqueuedSeq: number }

export interface Drain { seq: number; ids: string[]; beforeTurn: number; text: string }

export interface ActorContext {
  /** Exactly what this actor's model will see at its next call. */
  messages: Message[];
  /** How many of `messages` were there at the previous model call (the rest are new). */
  seenAtLastCall: number;
  tokenEstimate: number;
  turn: number;
  /** Text streamed so far in the current model response. */
  streamingText: string;
  lastResponse: ContentBlock[] | null;
}

export interface Compaction { seq: number; actor: Actor; layer: CompactLayer; tokensBefore: number; tokensAfter: number; transcriptPath?: string }

export interface Mate { name: string; role: string; status: MateStatus; inboxUnread: number }
export interface Mail { seq: number; from: string; to: string; msgType: string; content: string; requestId?: string }
export interface ProtocolRequest { requestId: string; kind: RequestKind; from: string; to: string; content: string; status: RequestStatus; reason?: string }

export interface RunState {
  /** Index of the last event folded in (-1 before any). */
  seq: number;
  t: number;
  lesson: string | null;
  prompt: string | null;
  model: string | null;
  mode: RunMode | null;
  outcome: RunOutcome | null;
  error: string | null;
  finalText: string | null;
  phase: Phase;
  lanes: Record<string, Lane>;
  contexts: Record<string, ActorContext>;
  background: Record<string, BgProcess>;
  queue: QueueCard[];
  drains: Drain[];
  todos: TodoItem[];
  todoReminders: number;
  subagents: Record<string, { id: string; prompt: string; summary: string | null; turns: number | null }>;
  skills: SkillInfo[];
  loadedSkills: string[];
  compactions: Compaction[];
  tasks: Record<number, TaskRecord>;
  mates: Record<string, Mate>;
  mail: Mail[];
  requests: Record<string, ProtocolRequest>;
  claims: { taskId: number; owner: string; seq: number }[];
}

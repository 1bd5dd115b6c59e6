// s06: the three layers of forgetting, run before every model call.
//   micro  – old tool results become one-line placeholders (cheap, every call);
//   auto   – past a token threshold: save the transcript, let the model summarise, restart from the summary;
//   manual – the model calls `compact`; the same as auto, at the next model call.
import { estimateTokens, replaceMessages, textOf } from '../../agent/messages';
import { COMPACT_SUMMARY_MARKER, SUMMARY_SYSTEM_PROMPT } from '../../agent/scripted';
import type { LoopHooks, LoopState, ModelSeam, Workspace } from '../../agent/types';
import type { Message } from '../../timeline/events';
import { microCompact, restoreResults } from './micro-compact';
import { saveTranscript } from './transcript';

export interface CompactorOptions {
  model: ModelSeam;
  workspace: Workspace;
  /** The agent's system prompt: it is sent with every call, so it counts towards the context size. */
  system: string;
  /** Summarise the history when its estimate exceeds this many tokens. */
  autoCompactTokens: number;
}

/** How much of the transcript goes into a summary request: its head (the task) and its tail (the latest). */
const SUMMARY_HEAD_CHARS = 8_000;
const SUMMARY_TAIL_CHARS = 60_000;

export class Compactor {
  private manualRequested = false;
  /** What micro-compaction replaced, by tool_use id: the transcript gets the full text back. */
  private readonly originals = new Map<string, string>();

  constructor(private readonly options: CompactorOptions) {}

  /** The `compact` tool runs mid-turn, while its own result is still to be added; so compact at the next call. */
  requestManual(): void {
    this.manualRequested = true;
  }

  // #region compaction-layers
  hooks(): LoopHooks {
    return {
      beforeModelCall: async (state) => {
        if (this.manualRequested) {
          this.manualRequested = false;
          await this.summarise(state, 'manual');
          return;
        }
        this.microCompact(state);
        // A history that is only the last summary has nothing left to summarise: compacting it again
        // would loop without progress when the threshold is set below the summary's own size.
        if (state.messages.length > 1 && this.tokens(state) > this.options.autoCompactTokens) await this.summarise(state, 'auto');
      },
    };
  }
  // #endregion

  private tokens(state: LoopState): number {
    return estimateTokens(state.messages, this.options.system);
  }

  private microCompact(state: LoopState): void {
    const tokensBefore = this.tokens(state);
    const { messages, originals } = microCompact(state.messages);
    if (originals.size === 0) return;
    for (const [id, content] of originals) this.originals.set(id, content);
    replaceMessages(state, messages, 'micro-compact');
    state.sink.emit({ type: 'context.compacted', actor: state.actor, layer: 'micro', tokensBefore, tokensAfter: this.tokens(state), replaced: originals.size });
  }

  // #region auto-compact
  private async summarise(state: LoopState, layer: 'auto' | 'manual'): Promise<void> {
    const tokensBefore = this.tokens(state);
    const full = restoreResults(state.messages, this.originals);
    const transcriptPath = await saveTranscript(this.options.workspace.root, full);
    const { client, model } = this.options.model;
    const reply = await client.messages.create(
      {
        model, max_tokens: 1024, system: SUMMARY_SYSTEM_PROMPT,
        messages: [{ role: 'user', content: `Summarise this conversation:\n\n${transcriptText(full)}` }],
      },
      { signal: state.signal },
    );
    const summary = textOf(reply.content.flatMap((b) => (b.type === 'text' ? [{ type: 'text' as const, text: b.text }] : [])));
    // One user message: the history must still start with (and here end with) a user turn.
    const fresh: Message = {
      role: 'user',
      content: `${COMPACT_SUMMARY_MARKER}\n${summary}\n\nThe full transcript is saved at ${transcriptPath}.`,
    };
    this.originals.clear();
    replaceMessages(state, [fresh], `${layer}-compact`);
    state.sink.emit({ type: 'context.compacted', actor: state.actor, layer, tokensBefore, tokensAfter: this.tokens(state), transcriptPath });
  }
  // #endregion
}

function transcriptText(messages: readonly Message[]): string {
  const text = messages.map((m) => JSON.stringify(m)).join('\n');
  if (text.length <= SUMMARY_HEAD_CHARS + SUMMARY_TAIL_CHARS) return text;
  return `${text.slice(0, SUMMARY_HEAD_CHARS)}\n[… middle of the transcript left out …]\n${text.slice(-SUMMARY_TAIL_CHARS)}`;
}

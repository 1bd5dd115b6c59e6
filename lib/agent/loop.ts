// The agent loop: the one thing every lesson keeps. Call the model, run the tools it asks for,
// feed the results back, stop when it stops asking.
import type Anthropic from '@anthropic-ai/sdk';
import type { ContentBlock, ToolResultBlock, ToolUseBlock } from '../timeline/events';
import { appendMessages, estimateTokens, textOf } from './messages';
import { type AgentConfig, type LoopState, type ModelSeam, type Tool, type ToolContext, ToolError } from './types';
import type { Workspace } from './types';

export class TurnLimitError extends Error {
  constructor(readonly maxTurns: number) {
    super(`stopped after ${maxTurns} model calls (the turn cap)`);
  }
}

export interface LoopDeps {
  model: ModelSeam;
  workspace: Workspace;
}

// #region loop
/** Run one conversation until the model ends its turn (and no hook wants another round). */
export async function runLoop(config: AgentConfig, state: LoopState, deps: LoopDeps): Promise<string> {
  const tools = new Map(config.tools.map((t) => [t.name, t]));
  // The cap counts the calls of this prompt, so a long REPL session is not cut short by earlier prompts.
  const firstTurn = state.turn;
  for (;;) {
    state.signal.throwIfAborted();
    // Before the hooks: at the cap, not even a hook's own model call (a compaction summary) is made.
    if (state.turn - firstTurn >= config.maxTurns) throw new TurnLimitError(config.maxTurns);
    for (const hook of config.hooks) await hook.beforeModelCall?.(state);
    state.turn += 1;
    const response = await callModel(config, state, deps.model);
    appendMessages(state, { role: 'assistant', content: response.content });

    const toolUses = response.content.filter((b): b is ToolUseBlock => b.type === 'tool_use');
    if (response.stopReason === 'max_tokens' && toolUses.length > 0) {
      // Cut off mid-call: its input may be incomplete, so nothing runs; every tool_use still gets an
      // answer (the API refuses a history without one) and the model can try again, smaller.
      appendMessages(state, { role: 'user', content: toolUses.map(cutOff) });
      continue;
    }
    if (response.stopReason !== 'tool_use' || toolUses.length === 0) {
      let again = false;
      for (const hook of config.hooks) again = (await hook.onEndTurn?.(state)) || again;
      if (again) continue;
      return textOf(response.content);
    }

    const ctx: ToolContext = { actor: state.actor, workspace: deps.workspace, sink: state.sink, signal: state.signal };
    const results: ToolResultBlock[] = [];
    for (const use of toolUses) results.push(await dispatch(tools, use, ctx));
    appendMessages(state, { role: 'user', content: results });
  }
}
// #endregion

// #region call-model
async function callModel(config: AgentConfig, state: LoopState, seam: ModelSeam) {
  const { actor, sink } = state;
  sink.emit({
    type: 'llm.request', actor, turn: state.turn,
    messageCount: state.messages.length, tokenEstimate: estimateTokens(state.messages, config.system),
  });
  const stream = seam.client.messages.stream(
    {
      model: seam.model,
      max_tokens: config.maxTokens ?? 4096,
      system: config.system,
      messages: state.messages as Anthropic.MessageParam[],
      tools: config.tools.map(({ name, description, input_schema }) => ({ name, description, input_schema })),
    },
    { signal: state.signal },
  );
  stream.on('text', (delta) => sink.emit({ type: 'llm.text', actor, delta }));
  const message = await stream.finalMessage();
  const content = toContent(message.content);
  sink.emit({
    type: 'llm.response', actor, turn: state.turn, stopReason: message.stop_reason ?? 'end_turn', content,
    inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens,
  });
  return { content, stopReason: message.stop_reason };
}
// #endregion

/** Keep only the blocks the course deals in, in the shape the API accepts back. */
function toContent(blocks: Anthropic.ContentBlock[]): ContentBlock[] {
  const out: ContentBlock[] = [];
  for (const b of blocks) {
    if (b.type === 'text') out.push({ type: 'text', text: b.text });
    else if (b.type === 'tool_use') out.push({ type: 'tool_use', id: b.id, name: b.name, input: b.input as Record<string, unknown> });
  }
  return out;
}

// #region dispatch
/** Look the tool up by name, run it, and turn whatever happens into a tool_result the model can read. */
async function dispatch(tools: Map<string, Tool>, use: ToolUseBlock, ctx: ToolContext): Promise<ToolResultBlock> {
  ctx.sink.emit({ type: 'tool.call', actor: ctx.actor, id: use.id, name: use.name, input: use.input });
  const started = Date.now();
  let output: string;
  let isError = false;
  const tool = tools.get(use.name);
  try {
    if (!tool) throw new ToolError(`unknown tool "${use.name}"; available: ${[...tools.keys()].join(', ')}`);
    output = await tool.run(use.input, ctx);
  } catch (err) {
    if (ctx.signal.aborted) throw err;
    isError = true;
    output = err instanceof ToolError ? `Error: ${err.message}` : `Error: ${(err as Error).message ?? String(err)}`;
  }
  ctx.sink.emit({
    type: 'tool.result', actor: ctx.actor, id: use.id, name: use.name, output, isError, durationMs: Date.now() - started,
  });
  return { type: 'tool_result', tool_use_id: use.id, content: output, ...(isError ? { is_error: true } : {}) };
}
// #endregion

function cutOff(use: ToolUseBlock): ToolResultBlock {
  const content = 'Error: not run: your reply reached max_tokens before this call was complete; send it again, smaller (e.g. write a large file in parts)';
  return { type: 'tool_result', tool_use_id: use.id, content, is_error: true };
}

export function newLoopState(actor: LoopState['actor'], sink: LoopState['sink'], signal: AbortSignal): LoopState {
  return { actor, messages: [], turn: 0, sink, signal };
}

// The Anthropic Messages wire format, written out: the JSON of a `create` reply and the SSE frames of a
// `stream` reply. Shared by the scripted model and the loopback test server, so both speak it identically.
import type { ScriptTurn } from '../script';

export type WireBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };

export interface WireMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: WireBlock[];
  stop_reason: 'end_turn' | 'tool_use' | 'max_tokens';
  stop_sequence: null;
  usage: { input_tokens: number; output_tokens: number };
}

export interface SseFrame {
  event: string;
  data: unknown;
}

/** Rough token count (4 characters a token), the same estimate the loop uses. */
export const estimateTokens = (chars: number) => Math.max(1, Math.ceil(chars / 4));

export function buildMessage(
  turn: ScriptTurn,
  meta: { id: string; model: string; inputTokens: number; nextToolId: () => string },
): WireMessage {
  const content: WireBlock[] = [];
  if (turn.text) content.push({ type: 'text', text: turn.text });
  for (const tool of turn.tools ?? []) content.push({ type: 'tool_use', id: meta.nextToolId(), name: tool.name, input: tool.input });
  return {
    id: meta.id, type: 'message', role: 'assistant', model: meta.model, content,
    stop_reason: turn.cutOff ? 'max_tokens' : turn.tools?.length ? 'tool_use' : 'end_turn', stop_sequence: null,
    usage: { input_tokens: meta.inputTokens, output_tokens: estimateTokens(JSON.stringify(content).length) },
  };
}

// #region sse-frames
/** The frames of a streamed reply, in the order the API sends them. */
export function streamFrames(message: WireMessage, options: { ping?: boolean } = {}): SseFrame[] {
  const frames: SseFrame[] = [{
    event: 'message_start',
    data: { type: 'message_start', message: { ...message, content: [], stop_reason: null, usage: { input_tokens: message.usage.input_tokens, output_tokens: 1 } } },
  }];
  if (options.ping ?? true) frames.push({ event: 'ping', data: { type: 'ping' } });
  message.content.forEach((block, index) => {
    const start = block.type === 'text' ? { type: 'text', text: '' } : { ...block, input: {} };
    frames.push({ event: 'content_block_start', data: { type: 'content_block_start', index, content_block: start } });
    const deltas = block.type === 'text'
      ? textChunks(block.text).map((text) => ({ type: 'text_delta', text }))
      : jsonPieces(JSON.stringify(block.input)).map((partial_json) => ({ type: 'input_json_delta', partial_json }));
    for (const delta of deltas) frames.push({ event: 'content_block_delta', data: { type: 'content_block_delta', index, delta } });
    frames.push({ event: 'content_block_stop', data: { type: 'content_block_stop', index } });
  });
  frames.push({
    event: 'message_delta',
    data: { type: 'message_delta', delta: { stop_reason: message.stop_reason, stop_sequence: null }, usage: { output_tokens: message.usage.output_tokens } },
  });
  frames.push({ event: 'message_stop', data: { type: 'message_stop' } });
  return frames;
}
// #endregion

export function encodeFrame(frame: SseFrame): string {
  return `event: ${frame.event}\ndata: ${JSON.stringify(frame.data)}\n\n`;
}

/** The body of an API error, as both the JSON reply and the `event: error` frame carry it. */
export function errorBody(type: string, message: string) {
  return { type: 'error', error: { type, message } };
}

/** Text in chunks of a few words, as a model streams it. */
export function textChunks(text: string, wordsPerChunk = 3): string[] {
  const words = text.match(/\S+\s*|\s+/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerChunk) chunks.push(words.slice(i, i + wordsPerChunk).join(''));
  return chunks.length > 0 ? chunks : [text];
}

/** JSON split into several pieces that only make sense once joined (as input_json_delta arrives). */
export function jsonPieces(json: string): string[] {
  const count = Math.min(48, Math.max(3, Math.ceil(json.length / 24)));
  const size = Math.max(1, Math.ceil(json.length / count));
  const pieces: string[] = [];
  for (let i = 0; i < json.length; i += size) pieces.push(json.slice(i, i + size));
  return pieces;
}

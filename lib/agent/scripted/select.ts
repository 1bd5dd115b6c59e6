// Which turn the scripted model plays: found from the request alone, so it needs no memory between calls
// and several conversations (lead, subagents, teammates) can share one scripted model.
import type { Message } from '../../timeline/events';
import type { Script, ScriptRequest, ScriptTurn } from '../script';
import { COMPACT_SUMMARY_MARKER, SUMMARY_SYSTEM_PROMPT } from './markers';

/** The parts of a Messages API request the scripted model reads. */
export interface ModelRequest {
  system?: string | { type: string; text?: string }[];
  messages: Message[];
}

export const NO_SCRIPT_TEXT =
  'This is the built-in scripted model: it only knows the example prompts of this lesson, and there is no ' +
  'script for this prompt. Try one of the examples, or set ANTHROPIC_API_KEY (and optionally ' +
  'ANTHROPIC_BASE_URL and MODEL_ID) to use Claude.';

export const END_OF_SCRIPT_TEXT =
  'This is the built-in scripted model, and its script for this conversation has no more turns, so I stop ' +
  'here. Set ANTHROPIC_API_KEY to use Claude for open-ended conversations.';

// #region select-turn
export function chooseTurn(scripts: readonly Script[], request: ModelRequest): ScriptTurn {
  const system = systemText(request.system);
  if (system.startsWith(SUMMARY_SYSTEM_PROMPT)) return { text: summarise(scripts, request) };

  const { messages } = request;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].role !== 'user') continue;
    for (const text of textsOf(messages[i])) {
      const script = bestMatch(scripts, text);
      if (!script) continue;
      const steps = text.startsWith(COMPACT_SUMMARY_MARKER) ? script.afterCompact ?? [] : script.turns;
      const index = messages.slice(i + 1).filter((m) => m.role === 'assistant').length;
      const step = steps[index];
      if (!step) return { text: END_OF_SCRIPT_TEXT };
      return typeof step === 'function' ? step(scriptRequest(system, messages)) : step;
    }
  }
  return { text: NO_SCRIPT_TEXT };
}
// #endregion

/** The script whose prompt the text contains; the longest prompt wins when several do. */
function bestMatch(scripts: readonly Script[], text: string): Script | undefined {
  let best: Script | undefined;
  for (const s of scripts) if (text.includes(s.prompt) && s.prompt.length > (best?.prompt.length ?? -1)) best = s;
  return best;
}

function textsOf(message: Message): string[] {
  if (typeof message.content === 'string') return [message.content];
  return message.content.flatMap((b) => (b.type === 'text' ? [b.text] : []));
}

function systemText(system: ModelRequest['system']): string {
  if (system === undefined) return '';
  if (typeof system === 'string') return system;
  return system.map((b) => b.text ?? '').join('\n');
}

function scriptRequest(system: string, messages: Message[]): ScriptRequest {
  const last = messages[messages.length - 1];
  const lastToolResults = last && typeof last.content !== 'string'
    ? last.content.flatMap((b) => (b.type === 'tool_result' ? [b.content] : []))
    : [];
  return { system, messages, lastToolResults };
}

/**
 * A deterministic summary for a compaction request. It quotes the conversation's original prompt, so the
 * summary message that replaces the history still selects the same script (its `afterCompact` turns).
 */
function summarise(scripts: readonly Script[], request: ModelRequest): string {
  // The history may arrive as structured messages or as a transcript pasted into one text block.
  const everything = request.messages.flatMap((m) => allTextOf(m)).join('\n').replace(/\\"/g, '"');
  let prompt: string | undefined;
  let at = Infinity;
  for (const s of scripts) {
    const found = everything.indexOf(s.prompt);
    if (found >= 0 && found < at) [prompt, at] = [s.prompt, found];
  }
  if (prompt === undefined) {
    const firstUser = request.messages.find((m) => m.role === 'user');
    prompt = (firstUser ? textsOf(firstUser)[0] ?? '' : '').slice(0, 300);
  }
  const tools = [...everything.matchAll(/"type":"tool_use","id":"[^"]*","name":"([\w-]+)"/g)].map((m) => m[1]);
  const counts = [...new Set(tools)].map((name) => `${name} ×${tools.filter((t) => t === name).length}`);
  return [
    `The user asked: "${prompt}"`,
    counts.length > 0 ? `Tool calls made so far: ${counts.join(', ')}.` : 'No tools were called yet.',
    'The full transcript was saved before compacting; continue the task from here.',
  ].join('\n');
}

function allTextOf(message: Message): string[] {
  if (typeof message.content === 'string') return [message.content];
  return message.content.map((b) => (b.type === 'text' ? b.text : b.type === 'tool_result' ? b.content : JSON.stringify(b)));
}

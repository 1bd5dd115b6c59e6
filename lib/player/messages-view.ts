// What the messages[] panel shows: each message role by role, its blocks made readable, the ones added
// since the model's last call marked. Tagged text the harness injects (<background-results>, <inbox>, …)
// is split out so the reader sees where it came from.
import type { Message } from '../timeline/events';

export interface BackgroundResult { id: string; status: string; output: string }

export type DisplayBlock =
  | { kind: 'text'; text: string }
  | { kind: 'tool_use'; id: string; name: string; input: string }
  | { kind: 'tool_result'; toolUseId: string; toolName: string | null; content: string; isError: boolean }
  | { kind: 'background_results'; results: BackgroundResult[] }
  | { kind: 'tagged'; tag: string; body: string };

export interface DisplayMessage {
  index: number;
  role: Message['role'];
  /** Added after the model's previous call: the model has not seen it yet. */
  isNew: boolean;
  blocks: DisplayBlock[];
}

const TAGGED = /<([a-z][a-z-]*)>\n?([\s\S]*?)\n?<\/\1>/g;
const BG_LINE = /^\[bg:([^\]]+)\] ([a-z_]+): ?/gm;

/** The `[bg:<id>] <status>: <output>` lines of a <background-results> block (output may span lines). */
export function parseBackgroundResults(body: string): BackgroundResult[] {
  const heads = [...body.matchAll(BG_LINE)];
  return heads.map((m, i) => {
    const from = m.index + m[0].length;
    const to = i + 1 < heads.length ? heads[i + 1].index : body.length;
    return { id: m[1], status: m[2], output: body.slice(from, to).replace(/\n$/, '') };
  });
}

/** Split a text into plain stretches and the tagged blocks the harness injected. */
export function splitText(text: string): DisplayBlock[] {
  const blocks: DisplayBlock[] = [];
  let last = 0;
  const plain = (s: string) => { if (s.trim()) blocks.push({ kind: 'text', text: s.trim() }); };
  for (const m of text.matchAll(TAGGED)) {
    plain(text.slice(last, m.index));
    const [, tag, body] = m;
    blocks.push(tag === 'background-results'
      ? { kind: 'background_results', results: parseBackgroundResults(body) }
      : { kind: 'tagged', tag, body: body.trim() });
    last = m.index + m[0].length;
  }
  plain(text.slice(last));
  return blocks;
}

// A message never changes once appended, so its readable form is worked out once (the panel re-renders on
// every step while the model streams; long conversations must not be re-parsed each time).
const readable = new WeakMap<Message, DisplayBlock[]>();

function blocksOf(message: Message, toolNames: Map<string, string>): DisplayBlock[] {
  const cached = readable.get(message);
  if (cached) return cached;
  const content = typeof message.content === 'string' ? [{ type: 'text' as const, text: message.content }] : message.content;
  const blocks = content.flatMap((b): DisplayBlock[] => {
    switch (b.type) {
      case 'text': return splitText(b.text);
      case 'tool_use':
        return [{ kind: 'tool_use', id: b.id, name: b.name, input: JSON.stringify(b.input, null, 2) }];
      case 'tool_result':
        return [{ kind: 'tool_result', toolUseId: b.tool_use_id, toolName: toolNames.get(b.tool_use_id) ?? null, content: b.content, isError: b.is_error === true }];
      default: {
        const never: never = b;
        return never;
      }
    }
  });
  readable.set(message, blocks);
  return blocks;
}

export function displayMessages(messages: readonly Message[], seenAtLastCall: number): DisplayMessage[] {
  const toolNames = new Map<string, string>();
  return messages.map((message, index) => {
    if (typeof message.content !== 'string') {
      for (const b of message.content) if (b.type === 'tool_use') toolNames.set(b.id, b.name);
    }
    return { index, role: message.role, isNew: index >= seenAtLastCall, blocks: blocksOf(message, toolNames) };
  });
}

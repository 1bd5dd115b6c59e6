// s06 layer 1: old tool results are the bulk of a long context and rarely read again. Keep the last few
// in full; replace older long ones with a one-line placeholder that still says what was done.
import type { ContentBlock, Message } from '../../timeline/events';

export const KEEP_RECENT_RESULTS = 3;
/** Results shorter than this cost little; replacing them would lose detail for no gain. */
export const MIN_CHARS_TO_COMPACT = 100;

// #region micro-compact
export function microCompact(
  messages: readonly Message[],
  keep = KEEP_RECENT_RESULTS,
  minChars = MIN_CHARS_TO_COMPACT,
): { messages: Message[]; originals: Map<string, string> } {
  const toolNames = new Map<string, string>();
  const resultIds: string[] = [];
  for (const m of messages) {
    if (typeof m.content === 'string') continue;
    for (const b of m.content) {
      if (b.type === 'tool_use') toolNames.set(b.id, b.name);
      if (b.type === 'tool_result') resultIds.push(b.tool_use_id);
    }
  }
  const old = new Set(resultIds.slice(0, Math.max(0, resultIds.length - keep)));
  const originals = new Map<string, string>();
  const compacted = messages.map((m): Message => {
    if (typeof m.content === 'string') return m;
    const content = m.content.map((b): ContentBlock => {
      if (b.type !== 'tool_result' || !old.has(b.tool_use_id) || b.content.length <= minChars) return b;
      originals.set(b.tool_use_id, b.content);
      return { ...b, content: `[Previous: used ${toolNames.get(b.tool_use_id) ?? 'a tool'}]` };
    });
    return { ...m, content };
  });
  return { messages: compacted, originals };
}
// #endregion

/** The history as it was before micro-compaction: what a saved transcript must hold. */
export function restoreResults(messages: readonly Message[], originals: ReadonlyMap<string, string>): Message[] {
  if (originals.size === 0) return [...messages];
  return messages.map((m): Message => {
    if (typeof m.content === 'string') return m;
    const content = m.content.map((b): ContentBlock => {
      if (b.type !== 'tool_result') return b;
      const original = originals.get(b.tool_use_id);
      return original === undefined ? b : { ...b, content: original };
    });
    return { ...m, content };
  });
}

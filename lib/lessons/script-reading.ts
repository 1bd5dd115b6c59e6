// Helpers for dynamic script steps: read what the tools really returned, so scripted answers match the
// actual workspace instead of a guess.
import type { ScriptRequest } from '../agent/script';

/** Every call to `tool` still in the conversation, with its input and (once it ran) its output. */
export function toolCalls(req: ScriptRequest, tool: string): { input: Record<string, unknown>; output?: string }[] {
  const calls = new Map<string, { input: Record<string, unknown>; output?: string }>();
  for (const m of req.messages) {
    if (typeof m.content === 'string') continue;
    for (const b of m.content) {
      if (b.type === 'tool_use' && b.name === tool) calls.set(b.id, { input: b.input });
      if (b.type === 'tool_result' && calls.has(b.tool_use_id)) calls.get(b.tool_use_id)!.output = b.content;
    }
  }
  return [...calls.values()];
}

/** Outputs of every call to `tool` in the conversation so far, oldest first. */
export function toolOutputs(req: ScriptRequest, tool: string): string[] {
  return toolCalls(req, tool).flatMap((c) => (c.output === undefined ? [] : [c.output]));
}

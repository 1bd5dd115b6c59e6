// What the team lessons' scripts (s09–s11) read from a request: the text the harness just gave the model
// (inbox mail, background results, auto-claimed tasks) and the request ids inside it.
import type { ScriptRequest, ScriptStep, ScriptTurn } from '../agent/script';

/** All the text of the last user message: its text blocks and tool results, in order. */
export function lastUserText(req: ScriptRequest): string {
  const last = req.messages.at(-1);
  if (!last || last.role !== 'user') return '';
  if (typeof last.content === 'string') return last.content;
  return last.content.map((b) => (b.type === 'text' ? b.text : b.type === 'tool_result' ? b.content : '')).join('\n');
}

/** The request_id of the last protocol message of `type` in the text (inbox lines are JSON). */
export function requestIdIn(text: string, type: string): string | undefined {
  const ids = [...text.matchAll(/\{[^\n]*\}/g)]
    .map((m) => {
      try {
        return JSON.parse(m[0]) as { type?: string; request_id?: string };
      } catch {
        return {};
      }
    })
    .filter((mail) => mail.type === type && mail.request_id)
    .map((mail) => mail.request_id as string);
  return ids.at(-1);
}

/** Every inbox message in the text, parsed. */
export function mailIn(text: string): { type: string; from: string; content: string; request_id?: string; approve?: boolean }[] {
  const inbox = text.match(/<inbox>\n([\s\S]*?)\n<\/inbox>/g) ?? [];
  return inbox.flatMap((block) =>
    block.split('\n').slice(1, -1).map((line) => JSON.parse(line) as ReturnType<typeof mailIn>[number]),
  );
}

/** Names of the tools the model called in its previous turn (empty on the first turn). */
export function previousTools(req: ScriptRequest): string[] {
  for (let i = req.messages.length - 1; i >= 0; i--) {
    const m = req.messages[i];
    if (m.role !== 'assistant') continue;
    return typeof m.content === 'string' ? [] : m.content.flatMap((b) => (b.type === 'tool_use' ? [b.name] : []));
  }
  return [];
}

/** Every mail seen anywhere in the conversation so far (inbox blocks and read_inbox results). */
export function allMail(req: ScriptRequest): ReturnType<typeof mailIn> {
  return req.messages
    .filter((m) => m.role === 'user')
    .flatMap((m) => mailIn(typeof m.content === 'string' ? m.content : m.content.map((b) => (b.type === 'text' ? b.text : b.type === 'tool_result' ? b.content : '')).join('\n')));
}

/**
 * A teammate whose next move depends on what just happened rather than on how many turns it has had:
 * mail can arrive at any moment, so a reactive step reads the request and decides. The same step is
 * offered for every turn of the conversation.
 */
export function reactive(step: (req: ScriptRequest) => ScriptTurn, turns = 40): ScriptStep[] {
  return Array.from({ length: turns }, () => step);
}

// Changing what the model sees, always together with the event that shows the change.
import type { ContentBlock, Message } from '../timeline/events';
import type { LoopState } from './types';

export function appendMessages(state: LoopState, ...messages: Message[]): void {
  state.messages.push(...messages);
  state.sink.emit({ type: 'messages.appended', actor: state.actor, messages });
}

export function replaceMessages(state: LoopState, messages: Message[], reason: string): void {
  state.messages.splice(0, state.messages.length, ...messages);
  state.sink.emit({ type: 'messages.replaced', actor: state.actor, messages, reason });
}

/**
 * Give the model a note (a reminder, drained results, inbox mail) as a user text block. Merged into the
 * last message when that is a user turn, because the API wants user and assistant turns to alternate.
 */
export function addUserText(state: LoopState, text: string, reason: string): void {
  const last = state.messages.at(-1);
  if (last?.role !== 'user') {
    appendMessages(state, { role: 'user', content: [{ type: 'text', text }] });
    return;
  }
  const blocks: ContentBlock[] = typeof last.content === 'string' ? [{ type: 'text', text: last.content }] : last.content;
  const merged: Message = { role: 'user', content: [...blocks, { type: 'text', text }] };
  replaceMessages(state, [...state.messages.slice(0, -1), merged], reason);
}

/** Rough token estimate (4 characters a token), good enough for gauges and thresholds. */
export function estimateTokens(messages: readonly Message[], system = ''): number {
  return Math.ceil((system.length + JSON.stringify(messages).length) / 4);
}

export function textOf(content: Message['content']): string {
  if (typeof content === 'string') return content;
  return content
    .filter((b): b is Extract<ContentBlock, { type: 'text' }> => b.type === 'text')
    .map((b) => b.text)
    .join('');
}

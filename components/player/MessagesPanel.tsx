'use client';
// The messages[] panel: exactly what the chosen actor's model sees at its next call at this step,
// role by role, with the entries added since its last call marked and a token estimate.
import { useTranslations } from 'next-intl';
import { memo, useMemo } from 'react';
import { type DisplayBlock, displayMessages } from '@/lib/player/messages-view';
import { estimateTokens } from '@/lib/player/panels';
import type { ActorContext } from '@/lib/timeline/state';
import { MessageBlock } from './MessageBlocks';

interface Props {
  actors: string[];
  actor: string;
  context: ActorContext | undefined;
  /** Text the model is writing right now (not in messages[] until its turn ends), or null. */
  streaming: string | null;
  onActor(actor: string): void;
}

const EMPTY: ActorContext['messages'] = [];

/** One message; unchanged messages skip re-rendering while the model streams. */
const MessageItem = memo(function MessageItem({ index, role, isNew, blocks }: { index: number; role: string; isNew: boolean; blocks: DisplayBlock[] }) {
  const t = useTranslations('player.messages');
  return (
    <li
      data-testid="message" data-role={role} data-new={isNew || undefined}
      className={`rounded-lg border p-2.5 [contain:content] ${isNew ? 'border-accent bg-accent-soft/40' : 'border-line bg-bg-subtle'}`}
    >
      <p className="mb-1.5 flex items-center gap-2 text-xs">
        <span className="font-mono text-fg-subtle">[{index}]</span>
        <span className={`rounded px-1.5 py-0.5 font-mono font-semibold ${role === 'assistant' ? 'bg-accent-soft text-accent' : 'bg-surface-muted text-fg'}`}>{role}</span>
        {isNew && <span className="rounded-full bg-accent px-1.5 py-px text-[10px] font-bold tracking-wide text-accent-fg uppercase">{t('new')}</span>}
      </p>
      <div className="flex flex-col gap-1.5">
        {blocks.map((block, i) => <MessageBlock key={i} block={block} />)}
      </div>
    </li>
  );
});

export const MessagesPanel = memo(function MessagesPanel({ actors, actor, context, streaming, onActor }: Props) {
  const t = useTranslations('player.messages');
  const messages = context?.messages ?? EMPTY;
  const seen = context?.seenAtLastCall ?? 0;
  const shown = useMemo(() => displayMessages(messages, seen), [messages, seen]);
  const tokens = useMemo(() => estimateTokens(messages), [messages]);
  const fresh = shown.filter((m) => m.isNew).length;

  return (
    <section aria-labelledby="player-messages-title" className="flex min-w-0 flex-col rounded-xl border border-line bg-surface [contain:content]">
      <div className="flex flex-wrap items-start justify-between gap-2 border-b border-line p-4 pb-3">
        <div className="min-w-0">
          <h3 id="player-messages-title" className="font-mono text-sm font-semibold text-fg">messages[]</h3>
          <p className="text-xs text-fg-subtle">{t('subtitle')}</p>
        </div>
        {actors.length > 1 && (
          <label className="flex items-center gap-2 text-xs text-fg-muted">
            {t('actor')}
            <select
              value={actor} onChange={(e) => onActor(e.target.value)}
              className="rounded-md border border-line-strong bg-surface px-2 py-1 font-mono text-xs text-fg"
            >
              {actors.map((a) => <option key={a} value={a}>{a}</option>)}
            </select>
          </label>
        )}
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 px-4 pt-2 text-xs text-fg-muted" data-testid="messages-summary">
        <span>{t('count', { count: messages.length })}</span>
        <span className="font-medium text-accent">{t('newCount', { count: fresh })}</span>
        <span>{t('tokens', { count: tokens })}</span>
      </p>
      {/* Reversed flex: the scroll position starts at, and stays pinned to, the newest entry as the
          conversation grows or streams, without measuring anything. Focusable so the keyboard can
          scroll it; a region, because a name on a plain div is not announced. */}
      <div role="region" tabIndex={0} aria-label={t('listLabel', { actor })} className="flex max-h-[34rem] min-h-40 flex-col-reverse overflow-y-auto">
        <div className="px-4 pt-2 pb-4">
          {shown.length === 0 && !streaming && <p className="py-6 text-center text-sm text-fg-subtle">{t('empty')}</p>}
          <ol className="space-y-2.5">
            {shown.map((msg) => <MessageItem key={msg.index} index={msg.index} role={msg.role} isNew={msg.isNew} blocks={msg.blocks} />)}
          </ol>
          {streaming && (
            <div className="mt-2.5 rounded-lg border border-dashed border-accent p-2.5" aria-live="off">
              <p className="mb-1 text-xs font-medium text-accent">{t('streaming')}</p>
              <p className="text-sm whitespace-pre-wrap text-fg">{streaming}<span aria-hidden="true" className="ml-0.5 inline-block h-3.5 w-1.5 translate-y-0.5 bg-accent" /></p>
            </div>
          )}
        </div>
      </div>
    </section>
  );
});

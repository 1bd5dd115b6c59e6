'use client';
// The notification queue: a finished process's result waits here as a card until the loop drains the
// queue before its next model call; then the cards fly into the main lane (shared layoutId: the chip
// that replaces a card animates out of the card's last place, so no exit animation is needed here).
import { useTranslations } from 'next-intl';
import { m, useReducedMotion } from 'motion/react';
import { memo } from 'react';
import type { Drain, QueueCard } from '@/lib/timeline/state';
import { BG_STYLE } from './lane-styles';

interface Props {
  queue: QueueCard[];
  /** The drain that happened at exactly this step, if any. */
  drainHere: Drain | null;
  /** Animate cards in and out (single steps); a long scrub just redraws. */
  animate: boolean;
}

export const QueuePanel = memo(function QueuePanel({ queue, drainHere, animate }: Props) {
  const t = useTranslations('player.queue');
  const tl = useTranslations('player.lanes');
  // MotionConfig's reducedMotion="user" stops only transforms and layout; the fade is opacity, so under
  // reduced motion the card must not start from an initial state at all.
  const reduced = useReducedMotion();
  const enter = animate && !reduced;
  return (
    <section aria-labelledby="player-queue-title" className="rounded-xl border border-line bg-surface p-4">
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h3 id="player-queue-title" className="text-sm font-semibold text-fg">{t('title')}</h3>
        <span className="font-mono text-xs text-fg-subtle" data-testid="queue-count">{t('count', { count: queue.length })}</span>
      </div>
      <ul className="flex min-h-16 flex-col gap-2" aria-label={t('title')} data-testid="queue">
        {queue.map((card) => {
          const style = BG_STYLE[card.status];
          return (
            <m.li
              key={card.id} layoutId={animate ? `notice-${card.id}` : undefined} data-testid="queue-card"
              initial={enter ? { opacity: 0, y: -6 } : false} animate={{ opacity: 1, y: 0 }}
              className={`rounded-lg border px-3 py-2 ${style.bar}`}
            >
              <p className="flex items-baseline gap-2 text-sm">
                <span className="font-mono font-semibold text-fg">bg:{card.id}</span>
                <span className={`text-xs font-semibold ${style.text}`}>{style.symbol} {tl(`bg.${card.status}`)}</span>
              </p>
              {card.preview && <p className="mt-1 line-clamp-2 font-mono text-xs break-all text-fg-muted">{card.preview}</p>}
            </m.li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-fg-subtle" aria-live="off">
        {drainHere ? t('drained', { count: drainHere.ids.length, turn: drainHere.beforeTurn }) : queue.length === 0 ? t('empty') : t('waiting')}
      </p>
    </section>
  );
});

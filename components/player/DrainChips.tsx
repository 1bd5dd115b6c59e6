'use client';
// The drains on the main lane: where the loop handed the queued results to its next model call. Each
// result's chip of the latest drain shares its layoutId with its card in the queue, so at the drain the
// card visibly moves from the queue into the main lane (instantly under reduced motion).
import { useTranslations } from 'next-intl';
import { m } from 'motion/react';
import { memo } from 'react';
import { placeMoments } from '@/lib/player/lanes-view';
import type { TimeWindow } from '@/lib/player/time-axis';

export interface DrainMoment { seq: number; t: number; ids: string[]; beforeTurn: number }

export const DrainChips = memo(function DrainChips({ drains, win, animate }: { drains: DrainMoment[]; win: TimeWindow; animate: boolean }) {
  const t = useTranslations('player.lanes');
  // Only the latest drain's chips take part in the move from the queue, and only when stepping: earlier
  // ones have long settled, and every shared-layout element is measured on each render.
  const latest = animate ? drains.at(-1)?.seq : undefined;
  return placeMoments(drains, win).map((d) => (
    <div key={d.seq} className="absolute top-0 bottom-0 flex items-end" style={{ left: `${d.x}%` }} data-testid="drain-marker">
      <span className="absolute top-0 bottom-0 w-0.5 -translate-x-1/2 bg-ok" />
      {/* Past the middle the chip hangs to the left of its marker, so it never leaves the track. */}
      <span
        className={`relative mb-1 flex items-center gap-0.5 rounded-md border border-ok bg-surface px-1 py-0.5 text-[10px] leading-none font-semibold text-ok ${d.x > 60 ? '-ml-1 -translate-x-full' : 'ml-1'}`}
      >
        <span aria-hidden="true">⇣</span>
        <span className="sr-only">{t('drain', { turn: d.beforeTurn })}</span>
        {d.ids.map((id) => (
          d.seq === latest
            ? <m.span key={id} layoutId={`notice-${id}`} className="rounded bg-ok-soft px-1 py-px font-mono">bg:{id}</m.span>
            : <span key={id} className="rounded bg-ok-soft px-1 py-px font-mono">bg:{id}</span>
        ))}
      </span>
    </div>
  ));
});

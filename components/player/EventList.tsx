'use client';
// The run as text: every event in order (the text alternative to the lanes). Only the rows in view are
// rendered, so a 5 000-event run scrolls and scrubs as lightly as a short one. Choosing a row jumps there.
import { useTranslations } from 'next-intl';
import { memo, useEffect, useRef, useState } from 'react';
import { revealRow, visibleRows } from '@/lib/player/virtual-list';
import type { TimelineEvent } from '@/lib/timeline/events';
import { useEventSummary } from '../run/use-event-summary';
import { useFormatDuration } from './use-format-duration';

const ROW = 28;
const VIEWPORT = 288;

interface Props {
  id: string;
  events: readonly TimelineEvent[];
  step: number;
  /** The cursor moved one step: follow it at once. */
  immediate: boolean;
  onSeek(step: number): void;
}

export const EventList = memo(function EventList({ id, events, step, immediate, onSeek }: Props) {
  const t = useTranslations('player.events');
  // The same translated one-liners as the run panel's event log.
  const summary = useEventSummary();
  const duration = useFormatDuration();
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);

  // Keep the current event in view: at once when stepping, once the cursor rests when scrubbing (each
  // scroll makes the browser lay out the page, which a drag across thousands of steps cannot afford).
  useEffect(() => {
    const reveal = () => {
      const el = box.current;
      if (!el || step < 0) return;
      const next = revealRow(step, el.scrollTop, el.clientHeight || VIEWPORT, ROW);
      if (next !== el.scrollTop) el.scrollTop = next;
    };
    if (immediate) {
      reveal();
      return;
    }
    const timer = setTimeout(reveal, 120);
    return () => clearTimeout(timer);
  }, [step, immediate]);

  const { first, last } = visibleRows(scrollTop, VIEWPORT, ROW, events.length);
  const rows = [];
  for (let k = first; k <= last; k++) {
    const e = events[k];
    const current = k === step;
    rows.push(
      <li key={k} aria-setsize={events.length} aria-posinset={k + 1} className="absolute inset-x-0 [contain:strict]" style={{ top: k * ROW, height: ROW }}>
        <button
          type="button" onClick={() => onSeek(k)} aria-current={current ? 'step' : undefined}
          className={`flex h-full w-full items-center gap-3 px-3 text-left font-mono text-xs whitespace-nowrap hover:bg-surface-muted ${current ? 'bg-accent-soft font-semibold text-fg' : k > step ? 'text-fg-subtle' : 'text-fg-muted'}`}
        >
          <span className="w-10 shrink-0 text-right tabular-nums">{e.seq}</span>
          <span className="w-20 shrink-0 text-right tabular-nums">{duration(e.t)}</span>
          <span className="w-20 shrink-0 truncate">{e.actor}</span>
          <span className={`w-32 shrink-0 truncate ${current ? 'text-accent' : ''}`}>{e.type}</span>
          <span className="min-w-0 truncate">{summary(e)}</span>
        </button>
      </li>,
    );
  }

  return (
    <section aria-labelledby={`${id}-title`} id={id} className="min-w-0 scroll-mt-24">
      <h3 id={`${id}-title`} className="text-sm font-semibold text-fg">{t('title')}</h3>
      <p className="mb-2 text-xs text-fg-subtle">{t('hint', { count: events.length })}</p>
      <div
        ref={box} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        className="overflow-auto rounded-lg border border-line bg-surface [contain:strict]" style={{ height: VIEWPORT }}
      >
        <ol aria-label={t('title')} className="relative min-w-[42rem]" style={{ height: events.length * ROW }}>
          {rows}
        </ol>
      </div>
    </section>
  );
});

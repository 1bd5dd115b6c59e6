'use client';
import { useTranslations } from 'next-intl';
import { memo, useEffect, useId, useRef } from 'react';
import type { TimelineEvent } from '@/lib/timeline/events';
import { useEventSummary } from './use-event-summary';

/** Rows rendered at most; older ones stay in the store (and on the timeline), just not in this table. */
const MAX_ROWS = 500;

const Row = memo(function Row({ event }: { event: TimelineEvent }) {
  const summary = useEventSummary();
  return (
    <tr className="border-t border-line align-top">
      <td className="py-1 pr-3 text-right tabular-nums text-fg-subtle">{event.seq}</td>
      <td className="py-1 pr-3 break-all text-fg-muted">{event.actor}</td>
      <td className="py-1 pr-3 break-all font-medium">{event.type}</td>
      <td className="py-1 break-words text-fg-muted">{summary(event)}</td>
    </tr>
  );
});

/** The run's events as a table: seq, lane, type and one line saying what happened. */
export default function EventLog({ events }: { events: readonly TimelineEvent[] }) {
  const t = useTranslations('run');
  const headingId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const shown = events.length > MAX_ROWS ? events.slice(-MAX_ROWS) : events;

  // Follow the newest row, unless the reader has scrolled up to look at something.
  useEffect(() => {
    const el = scroller.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [events.length]);

  return (
    <div>
      <h4 id={headingId} className="text-sm font-semibold">
        {t('logHeading', { count: events.length })}
      </h4>
      {events.length > MAX_ROWS && (
        <p className="mt-1 text-xs text-fg-subtle">{t('logTruncated', { shown: MAX_ROWS, total: events.length })}</p>
      )}
      <div
        ref={scroller}
        role="region"
        aria-labelledby={headingId}
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
        className="mt-2 max-h-80 overflow-auto rounded-lg border border-line bg-surface-muted px-3 font-mono text-xs focus-visible:outline-2 focus-visible:outline-accent"
      >
        {/* On a phone the table keeps a readable width and scrolls sideways inside its box. */}
        {events.length === 0 ? (
          <p className="py-3 font-sans text-fg-subtle">{t('logEmpty')}</p>
        ) : (
          <table className="w-full min-w-[32rem] table-fixed border-collapse sm:min-w-0">
            <caption className="sr-only">{t('logCaption')}</caption>
            <thead className="sticky top-0 bg-surface-muted text-left font-sans text-fg-subtle">
              <tr>
                <th scope="col" className="w-12 py-1.5 pr-3 text-right font-medium">{t('columns.seq')}</th>
                <th scope="col" className="w-20 py-1.5 pr-3 font-medium">{t('columns.actor')}</th>
                <th scope="col" className="w-32 py-1.5 pr-3 font-medium sm:w-36">{t('columns.type')}</th>
                <th scope="col" className="py-1.5 font-medium">{t('columns.summary')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <Row key={e.seq} event={e} />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

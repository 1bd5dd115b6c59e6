'use client';
// The scrubber: a slider over every step, with a row of markers per kind of event underneath the thumb.
// Keys reach it through the player (the same keys work anywhere in the player).
import { useTranslations } from 'next-intl';
import { memo, useRef, useState } from 'react';
import { MARKER_KINDS, type MarkerSteps, markerPath } from '@/lib/player/markers';
import type { MarkerKind } from '@/lib/timeline/selectors';

export const MARKER_COLOUR: Record<MarkerKind, string> = {
  model: 'var(--accent)',
  tool: 'var(--fg-muted)',
  process: 'var(--warn)',
  drain: 'var(--ok)',
  message: 'var(--info)',
};

const ROW = 6;
const GAP = 2;

const MarkerRows = memo(function MarkerRows({ markers, count }: { markers: MarkerSteps; count: number }) {
  const height = MARKER_KINDS.length * (ROW + GAP);
  return (
    <svg
      className="absolute inset-x-0 top-2 h-[40px] w-full" viewBox={`0 0 ${Math.max(count, 1)} ${height}`}
      preserveAspectRatio="none" aria-hidden="true" focusable="false"
    >
      {MARKER_KINDS.map((kind, row) => (
        <g key={kind} transform={`translate(0 ${row * (ROW + GAP)})`}>
          <rect x="0" y="0" width={Math.max(count, 1)} height={ROW} fill="var(--surface-muted)" />
          <path d={markerPath(markers[kind], count, ROW)} fill={MARKER_COLOUR[kind]} />
        </g>
      ))}
    </svg>
  );
});

export function MarkerLegend() {
  const t = useTranslations('player.markers');
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted" aria-label={t('legend')}>
      {MARKER_KINDS.map((kind, row) => (
        <li key={kind} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: MARKER_COLOUR[kind] }} />
          <span>{t('row', { row: row + 1 })} · {t(kind)}</span>
        </li>
      ))}
    </ul>
  );
}

interface Props {
  step: number;
  count: number;
  markers: MarkerSteps;
  valueText: string;
  onSeek(step: number): void;
}

/** While dragging, the rest of the player is told where the thumb is at most this often (and at release). */
const DRAG_REPORT_MS = 100;

export function Scrubber({ step, count, markers, valueText, onSeek }: Props) {
  const t = useTranslations('player.scrubber');
  // Measured once when a drag starts (the slider does not move while dragged): measuring on every
  // pointer move would force a layout per frame.
  const rect = useRef<{ left: number; width: number } | null>(null);
  const reported = useRef(0);
  // The thumb follows the pointer every frame; the lanes, queue and messages follow a few times a second
  // during a drag and exactly at release, so a fast scrub through a long run stays fluid.
  const [dragStep, setDragStep] = useState<number | null>(null);
  // The step under the pointer right now: a release may come before the last move has rendered.
  const dragAt = useRef<number | null>(null);
  const dragTo = (at: number | null) => {
    dragAt.current = at;
    setDragStep(at);
  };
  const shown = dragStep ?? step;
  const fraction = count > 1 ? Math.max(shown, 0) / (count - 1) : 0;

  const stepAt = (clientX: number) => {
    const { left, width } = rect.current!;
    const f = Math.min(Math.max((clientX - left) / width, 0), 1);
    return Math.round(f * (count - 1));
  };
  const release = () => {
    if (dragAt.current !== null) onSeek(dragAt.current);
    rect.current = null;
    dragTo(null);
  };

  return (
    <div
      role="slider" tabIndex={0} aria-label={t('label')} aria-valuemin={0} aria-valuemax={Math.max(count - 1, 0)}
      aria-valuenow={Math.max(step, 0)} aria-valuetext={valueText} aria-disabled={count === 0 || undefined}
      aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End Space"
      className="@container relative h-14 cursor-pointer touch-none select-none rounded-md outline-offset-4"
      onPointerDown={(e) => {
        if (count === 0 || e.button !== 0) return;
        rect.current = e.currentTarget.getBoundingClientRect();
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.focus();
        const at = stepAt(e.clientX);
        reported.current = performance.now();
        dragTo(at);
        onSeek(at);
      }}
      onPointerMove={(e) => {
        if (!rect.current || !e.currentTarget.hasPointerCapture(e.pointerId)) return;
        const at = stepAt(e.clientX);
        dragTo(at);
        if (performance.now() - reported.current >= DRAG_REPORT_MS) {
          reported.current = performance.now();
          onSeek(at);
        }
      }}
      onPointerUp={release}
      onPointerCancel={release}
      onLostPointerCapture={release}
    >
      <MarkerRows markers={markers} count={count} />
      <div className="absolute inset-x-0 bottom-1.5 h-1 rounded-full bg-line" />
      {/* Fill, line and thumb move by transform on their own layers, so scrubbing repaints nothing. */}
      <div
        className="absolute inset-x-0 bottom-1.5 h-1 origin-left rounded-full bg-accent will-change-transform"
        style={{ transform: `scaleX(${fraction})` }}
      />
      <div className="pointer-events-none absolute inset-y-0 left-0 w-0 will-change-transform" style={{ transform: `translateX(calc(${fraction} * 100cqw))` }}>
        <div className="absolute top-0 bottom-0 left-0 w-0.5 -translate-x-1/2 bg-accent" />
        <div className="absolute bottom-0 left-0 h-4 w-4 -translate-x-1/2 rounded-full border-2 border-surface bg-accent shadow" />
      </div>
    </div>
  );
}

'use client';
// The lanes on a time axis: the main loop, then each background process, subagent and teammate in the
// order they first appeared. Zoom with the buttons or Ctrl + wheel, pan by dragging the lanes or Shift + wheel.
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';
import { isOpen, orderedLanes } from '@/lib/player/lanes-view';
import { type TimeWindow, fullWindow, isFullWindow, panBy, revealTime, xPercent, zoomAt } from '@/lib/player/time-axis';
import type { RunState } from '@/lib/timeline/state';
import { DrainChips, type DrainMoment } from './DrainChips';
import { FitIcon, StepBackIcon, StepForwardIcon, ZoomInIcon, ZoomOutIcon } from './icons';
import { LaneRow } from './LaneRow';
import { usePlayerStore } from './player-store';
import { TimeAxis } from './TimeAxis';

interface Props {
  state: RunState;
  totalMs: number;
  drains: DrainMoment[];
  /** Let the latest drain's chips fly in from the queue (single steps only). */
  animate: boolean;
  eventListId: string;
}

const tool = 'inline-flex h-8 w-8 items-center justify-center rounded-md text-fg-muted hover:bg-surface-muted hover:text-fg disabled:opacity-40';

export function Lanes({ state, totalMs, drains, animate, eventListId }: Props) {
  const t = useTranslations('player.lanes');
  const stored = usePlayerStore((s) => s.window);
  const setWindow = usePlayerStore((s) => s.setWindow);
  // One object per window, so lanes that did not change skip re-rendering.
  const win: TimeWindow = useMemo(() => stored ?? fullWindow(totalMs), [stored, totalMs]);
  const zoomed = stored !== null && !isFullWindow(stored, totalMs);
  const tracks = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; win: TimeWindow } | null>(null);

  // While zoomed in, keep the playhead in view as the cursor moves.
  useEffect(() => {
    if (!stored) return;
    const shown = revealTime(stored, state.t, totalMs);
    if (shown !== stored) setWindow(shown);
  }, [stored, state.t, totalMs, setWindow]);

  // Wheel: Ctrl/⌘ zooms at the pointer, Shift or a sideways swipe pans; a plain wheel scrolls the page.
  // A native listener, because React's wheel listeners are passive and cannot keep the page still.
  const scroller = useRef<HTMLDivElement>(null);
  const latest = useRef({ win, totalMs });
  useEffect(() => {
    latest.current = { win, totalMs };
  });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey && !e.shiftKey && Math.abs(e.deltaX) <= Math.abs(e.deltaY)) return;
      const rect = tracks.current?.getBoundingClientRect();
      if (!rect) return;
      e.preventDefault();
      const { win: w, totalMs: total } = latest.current;
      const next = e.ctrlKey || e.metaKey
        ? zoomAt(w, e.deltaY < 0 ? 1.25 : 0.8, (e.clientX - rect.left) / rect.width, total)
        : panBy(w, (e.shiftKey ? e.deltaY : e.deltaX) / rect.width, total);
      usePlayerStore.getState().setWindow(isFullWindow(next, total) ? null : next);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const lanes = orderedLanes(state.lanes);
  const chips = useMemo(() => <DrainChips drains={drains} win={win} animate={animate} />, [drains, win, animate]);
  const trackWidth = () => (tracks.current?.clientWidth ?? 1);
  const change = (next: TimeWindow) => setWindow(isFullWindow(next, totalMs) ? null : next);
  const endDrag = () => { drag.current = null; };

  return (
    <section aria-labelledby="player-lanes-title" className="min-w-0">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 id="player-lanes-title" className="text-sm font-semibold text-fg">{t('title')}</h3>
          <p className="text-xs text-fg-subtle">
            {t('hint')} <a href={`#${eventListId}`} className="text-accent underline underline-offset-2">{t('asText')}</a>
          </p>
        </div>
        <div className="flex items-center gap-0.5" role="group" aria-label={t('zoom')}>
          <button type="button" className={tool} aria-label={t('panEarlier')} title={t('panEarlier')} disabled={!zoomed} onClick={() => change(panBy(win, -0.5, totalMs))}><StepBackIcon /></button>
          <button type="button" className={tool} aria-label={t('zoomOut')} title={t('zoomOut')} disabled={!zoomed} onClick={() => change(zoomAt(win, 0.5, 0.5, totalMs))}><ZoomOutIcon /></button>
          <button type="button" className={tool} aria-label={t('zoomIn')} title={t('zoomIn')} onClick={() => change(zoomAt(win, 2, Math.min(Math.max(xPercent(state.t, win) / 100, 0), 1), totalMs))}><ZoomInIcon /></button>
          <button type="button" className={tool} aria-label={t('fit')} title={t('fit')} disabled={!zoomed} onClick={() => setWindow(null)}><FitIcon /></button>
          <button type="button" className={tool} aria-label={t('panLater')} title={t('panLater')} disabled={!zoomed} onClick={() => change(panBy(win, 0.5, totalMs))}><StepForwardIcon /></button>
        </div>
      </div>

      {/* Dragging anywhere on the lanes pans a zoomed view. While zoomed, touch-action: pan-y pinch-zoom
          leaves vertical swipes and pinches to the browser and hands sideways ones to the drag. */}
      <div
        ref={scroller} data-testid="lanes"
        className={`relative max-h-[24rem] overflow-y-auto rounded-lg border border-line bg-bg-subtle [contain:content] [--lane-label:6.5rem] sm:[--lane-label:10rem] ${zoomed ? 'cursor-grab touch-pan-y touch-pinch-zoom select-none active:cursor-grabbing' : ''}`}
        onPointerDown={(e) => {
          const el = e.currentTarget;
          // Not on its scrollbar: that drag scrolls the lanes.
          const onScrollbar = e.clientX - el.getBoundingClientRect().left > el.clientLeft + el.clientWidth;
          if (!zoomed || e.button !== 0 || onScrollbar) return;
          el.setPointerCapture(e.pointerId);
          drag.current = { x: e.clientX, win };
        }}
        onPointerMove={(e) => {
          if (!drag.current) return;
          change(panBy(drag.current.win, -(e.clientX - drag.current.x) / trackWidth(), totalMs));
        }}
        // However the drag ends (released, taken over by the browser, capture lost), the next move must not pan.
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onLostPointerCapture={endDrag}
      >
        <div className="sticky top-0 z-10 grid grid-cols-[var(--lane-label)_minmax(0,1fr)] bg-surface">
          <div className="border-r border-b border-line px-2 text-[11px] leading-6 text-fg-subtle">{t('axis')}</div>
          <div ref={tracks}>
            <TimeAxis win={win} />
          </div>
        </div>
        <div className="relative">
          <ul aria-label={t('list')}>
            {lanes.map((lane) => (
              <LaneRow
                key={lane.actor} lane={lane} win={win} nowT={isOpen(lane) ? state.t : null}
                process={lane.actor.startsWith('bg:') ? state.background[lane.label] : undefined}
              >
                {lane.actor === 'main' ? chips : null}
              </LaneRow>
            ))}
          </ul>
          {lanes.length > 0 && state.t >= win.start && state.t <= win.end && (
            <div aria-hidden="true" className="@container pointer-events-none absolute inset-y-0 right-0 left-[var(--lane-label)]">
              {/* A thin layer moved by transform: the lanes under it are not repainted as it moves. */}
              <span
                className="absolute inset-y-0 left-0 w-0.5 -ml-px bg-fg/70 will-change-transform"
                style={{ transform: `translateX(calc(${xPercent(state.t, win) / 100} * 100cqw))` }}
              />
            </div>
          )}
        </div>
        {lanes.length === 0 && <p className="px-3 py-6 text-center text-sm text-fg-subtle">{t('empty')}</p>}
      </div>
    </section>
  );
}

'use client';
// Tick labels above the lanes for the visible slice of the run.
import { memo } from 'react';
import { type TimeWindow, axisTicks, xPercent } from '@/lib/player/time-axis';
import { useFormatDuration } from './use-format-duration';

export const TimeAxis = memo(function TimeAxis({ win }: { win: TimeWindow }) {
  const duration = useFormatDuration();
  return (
    <div className="relative h-6 border-b border-line" aria-hidden="true" data-testid="time-axis">
      {axisTicks(win, 6).map((tick) => (
        <span key={tick} className="absolute bottom-0 flex -translate-x-1/2 flex-col items-center" style={{ left: `${xPercent(tick, win)}%` }}>
          <span className="font-mono text-[10px] leading-3 whitespace-nowrap text-fg-subtle">{duration(tick)}</span>
          <span className="mt-0.5 h-1.5 w-px bg-line-strong" />
        </span>
      ))}
    </div>
  );
});

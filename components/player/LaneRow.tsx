'use client';
// One lane: its name and state on the left, its blocks on the time axis on the right. Re-renders only
// when its lane changes, or on every step while something on it is still open.
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { laneKind, placeBlocks } from '@/lib/player/lanes-view';
import type { TimeWindow } from '@/lib/player/time-axis';
import type { BgProcess, Lane } from '@/lib/timeline/state';
import { BG_STYLE, BLOCK_STYLE, MATE_STYLE } from './lane-styles';

interface Props {
  lane: Lane;
  /** The current moment for an open lane; null for a closed one (so it need not redraw). */
  nowT: number | null;
  win: TimeWindow;
  process?: BgProcess;
  children?: React.ReactNode;
}

function LaneLabel({ lane, process }: { lane: Lane; process?: BgProcess }) {
  const t = useTranslations('player.lanes');
  const kind = laneKind(lane.actor);
  if (kind === 'main') return <span className="font-semibold text-fg">{t('main')}</span>;
  if (kind === 'bg') {
    const status = lane.bgStatus ?? 'running';
    const style = BG_STYLE[status];
    return (
      <>
        <span className="flex min-w-0 items-baseline gap-1.5">
          <span className="truncate font-mono font-semibold text-fg">{lane.actor}</span>
          <span className={`text-xs font-medium ${style.text}`}>
            <span aria-hidden="true">{style.symbol}</span> <span className="sr-only sm:not-sr-only">{t(`bg.${status}`)}</span>
          </span>
        </span>
        {process && <span className="block truncate font-mono text-[11px] text-fg-subtle" title={process.command}>{process.command}</span>}
      </>
    );
  }
  if (kind === 'mate') {
    const status = lane.mateStatus ?? 'working';
    const style = MATE_STYLE[status];
    return (
      <span className="flex items-baseline gap-1.5">
        <span className="font-semibold text-fg">{lane.label}</span>
        <span className={`text-xs font-medium ${style.text}`}>
          <span aria-hidden="true">{style.symbol}</span> <span className="sr-only sm:not-sr-only">{t(`mate.${status}`)}</span>
        </span>
      </span>
    );
  }
  return <span className="font-semibold text-fg">{t('sub', { id: lane.label })}</span>;
}

export const LaneRow = memo(function LaneRow({ lane, nowT, win, process, children }: Props) {
  const t = useTranslations('player.lanes');
  const kind = laneKind(lane.actor);
  const blocks = placeBlocks(lane, nowT ?? lane.endT ?? lane.startT, win);
  const tall = kind === 'main';
  return (
    <li className="grid grid-cols-[var(--lane-label)_minmax(0,1fr)]">
      <div className={`flex min-w-0 flex-col justify-center border-r border-b border-line bg-surface px-2 text-sm ${tall ? 'h-16' : 'h-10'}`}>
        <LaneLabel lane={lane} process={process} />
      </div>
      <div className={`relative overflow-hidden border-b border-line [contain:strict] ${tall ? 'h-16' : 'h-10'}`} aria-hidden="true">
        {blocks.map((b) => {
          const style = kind === 'bg'
            ? BG_STYLE[lane.bgStatus ?? 'running'].bar
            : b.isError ? BLOCK_STYLE.error : BLOCK_STYLE[b.kind];
          const text = kind === 'bg' ? `${BG_STYLE[lane.bgStatus ?? 'running'].symbol} ${t(`bg.${lane.bgStatus ?? 'running'}`)}` : b.kind === 'llm' ? `◆ ${b.label}` : b.label;
          return (
            <div
              key={b.key} data-block={b.kind}
              className={`absolute flex min-w-[3px] items-center overflow-hidden rounded-[5px] border px-1 text-[11px] leading-none font-medium whitespace-nowrap ${style} ${tall ? 'top-1.5 h-7' : 'top-2 h-6'} ${b.open ? 'border-r-2 border-r-fg' : ''}`}
              style={{ left: `${b.left}%`, width: `${b.width}%` }}
            >
              <span className="truncate">{text}</span>
            </div>
          );
        })}
        {children}
      </div>
    </li>
  );
});

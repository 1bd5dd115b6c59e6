'use client';
// Play/pause, stepping, jumping between model calls, the speed, where we are, and "back to live".
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { PlayerAction } from '@/lib/player/keyboard';
import { SPEEDS, type Speed } from '@/lib/player/playback';
import { useFormatDuration } from './use-format-duration';
import { useKeyLabel } from './use-key-label';
import type { PlayerActions } from './use-player-actions';
import { LiveIcon, NextCallIcon, PauseIcon, PlayIcon, PrevCallIcon, StepBackIcon, StepForwardIcon } from './icons';

interface Props {
  step: number;
  count: number;
  t: number;
  playing: boolean;
  speed: Speed;
  live: boolean;
  follow: boolean;
  actions: PlayerActions;
  onSpeed(speed: Speed): void;
}

const button =
  'inline-flex h-9 w-9 items-center justify-center rounded-lg text-fg-muted hover:bg-surface-muted hover:text-fg disabled:opacity-40 disabled:hover:bg-transparent';

export const Transport = memo(function Transport({ step, count, t, playing, speed, live, follow, actions, onSpeed }: Props) {
  const tr = useTranslations('player.transport');
  const keys = useKeyLabel();
  const duration = useFormatDuration();
  /** A button's tooltip: what it does and its key, both in the page's language. */
  const title = (label: string, action: PlayerAction) => tr('withKeys', { label, keys: keys(action) });
  const empty = count === 0;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <div className="flex items-center gap-0.5" role="group" aria-label={tr('controls')}>
        <button type="button" className={button} onClick={() => actions.act('prevModelCall')} disabled={empty || step <= 0} aria-label={tr('prevModelCall')} title={title(tr('prevModelCall'), 'prevModelCall')}>
          <PrevCallIcon />
        </button>
        <button type="button" className={button} onClick={() => actions.act('stepBack')} disabled={empty || step <= 0} aria-label={tr('stepBack')} title={title(tr('stepBack'), 'stepBack')}>
          <StepBackIcon />
        </button>
        <button
          type="button" onClick={() => actions.act('togglePlay')} disabled={empty} aria-label={playing ? tr('pause') : tr('play')}
          title={title(playing ? tr('pause') : tr('play'), 'togglePlay')}
          className="mx-1 inline-flex h-10 w-10 items-center justify-center rounded-full bg-accent text-accent-fg shadow-sm hover:bg-accent-strong disabled:opacity-40"
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button type="button" className={button} onClick={() => actions.act('stepForward')} disabled={empty || step >= count - 1} aria-label={tr('stepForward')} title={title(tr('stepForward'), 'stepForward')}>
          <StepForwardIcon />
        </button>
        <button type="button" className={button} onClick={() => actions.act('nextModelCall')} disabled={empty || step >= count - 1} aria-label={tr('nextModelCall')} title={title(tr('nextModelCall'), 'nextModelCall')}>
          <NextCallIcon />
        </button>
      </div>

      <div className="flex items-center gap-1" role="group" aria-label={tr('speed')}>
        <span className="mr-1 text-xs font-medium text-fg-subtle" aria-hidden="true">{tr('speedShort')}</span>
        {SPEEDS.map((s) => (
          <button
            key={s} type="button" aria-pressed={s === speed} onClick={() => onSpeed(s)}
            className="h-7 min-w-9 rounded-md px-1.5 font-mono text-xs tabular-nums text-fg-muted hover:bg-surface-muted aria-pressed:bg-accent-soft aria-pressed:font-semibold aria-pressed:text-accent"
          >
            {s}×
          </button>
        ))}
      </div>

      <p className="font-mono text-sm tabular-nums text-fg-muted">
        {empty ? tr('noSteps') : tr('position', { step: step + 1, total: count, time: duration(t) })}
      </p>

      {live && (
        follow ? (
          <span className="inline-flex items-center gap-1.5 rounded-full bg-danger-soft px-2.5 py-1 text-xs font-semibold text-danger">
            <LiveIcon width={14} height={14} /> {tr('following')}
          </span>
        ) : (
          <button
            type="button" onClick={actions.goLive}
            className="inline-flex items-center gap-1.5 rounded-full border border-danger px-3 py-1 text-xs font-semibold text-danger hover:bg-danger-soft"
          >
            <LiveIcon width={14} height={14} /> {tr('backToLive')}
          </button>
        )
      )}
    </div>
  );
});

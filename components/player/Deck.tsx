'use client';
// The control deck: transport, phase, the scrubber with its markers, and the polite announcement of
// where the cursor is.
import { useTranslations } from 'next-intl';
import type { MarkerSteps } from '@/lib/player/markers';
import type { TimelineEvent } from '@/lib/timeline/events';
import type { RunState } from '@/lib/timeline/state';
import { Announcer } from './Announcer';
import { PhaseIndicator } from './PhaseIndicator';
import { usePlayerStore } from './player-store';
import { MarkerLegend, Scrubber } from './Scrubber';
import { Transport } from './Transport';
import { useFormatDuration } from './use-format-duration';
import type { PlayerActions } from './use-player-actions';

interface Props {
  state: RunState;
  step: number;
  count: number;
  events: readonly TimelineEvent[];
  markers: MarkerSteps;
  live: boolean;
  follow: boolean;
  actions: PlayerActions;
}

/** A few words on what the phase is about: the tool running, the turn, what is awaited or drained. */
function phaseDetail(state: RunState): string | null {
  const open = state.lanes.main?.blocks.at(-1);
  switch (state.phase) {
    case 'running_tool': return open?.kind === 'tool' && open.endT === null ? open.label : null;
    case 'calling_model': return open?.kind === 'llm' ? open.label : null;
    case 'waiting_background': {
      const running = Object.values(state.background).filter((p) => p.status === 'running').map((p) => `bg:${p.id}`);
      return running.length ? running.join(', ') : null;
    }
    case 'draining': return state.drains.at(-1)?.ids.map((id) => `bg:${id}`).join(', ') ?? null;
    default: return null;
  }
}

export function Deck({ state, step, count, events, markers, live, follow, actions }: Props) {
  const t = useTranslations('player');
  const playing = usePlayerStore((s) => s.playing);
  const speed = usePlayerStore((s) => s.speed);
  const setSpeed = usePlayerStore((s) => s.setSpeed);
  const duration = useFormatDuration();
  const event = events[step];
  const where = event
    ? t('scrubber.valueText', { step: step + 1, total: count, type: event.type, actor: event.actor, time: duration(event.t) })
    : t('transport.noSteps');

  return (
    <div className="flex flex-col gap-2 rounded-xl bg-bg-subtle p-3">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <Transport step={step} count={count} t={state.t} playing={playing} speed={speed} live={live} follow={follow} actions={actions} onSpeed={setSpeed} />
        <PhaseIndicator phase={state.phase} detail={phaseDetail(state)} />
      </div>
      <Scrubber step={step} count={count} markers={markers} valueText={where} onSeek={actions.seekTo} />
      <MarkerLegend />
      <Announcer text={event ? t('announce', { where, phase: t(`phase.${state.phase}`) }) : ''} />
    </div>
  );
}

'use client';
// Which run the player shows. Until this page has taken a run in the timeline store as its own, the
// page's first recorded trace is shown (that is also what the server renders): the store outlives a page,
// and another lesson's run left in it must not leak in.
import { useCallback, useEffect, useMemo } from 'react';
import type { LessonId } from '@/lib/lessons/registry';
import { backToLive } from '@/lib/player/cursor';
import type { RecordedTrace } from '@/lib/player/recorded';
import { initialStep, parsePlayerQuery, pickTrace } from '@/lib/player/url-state';
import type { TimelineEvent } from '@/lib/timeline/events';
import type { TraceHeader } from '@/lib/timeline/trace-header';
import { type TraceSource, useTimelineStore } from '@/lib/store/timeline-store';
import { usePlayerStore } from './player-store';

export interface PlayerSource {
  source: TraceSource | null;
  header: TraceHeader | null;
  events: readonly TimelineEvent[];
  /** Show a trace (recorded or opened from disk) at a step (default: its end). */
  load(source: TraceSource, header: TraceHeader, events: TimelineEvent[], step?: number): void;
}

const NO_EVENTS: readonly TimelineEvent[] = [];

function resetView(step: number, follow: boolean): void {
  const player = usePlayerStore.getState();
  player.setPlaying(false);
  player.setWindow(null);
  player.setActor('main');
  player.setCursor({ step, follow });
}

export function usePlayerSource(lessonId: LessonId, traces: readonly RecordedTrace[]): PlayerSource {
  const { source, header, events } = useTimelineStore();
  const owner = usePlayerStore((s) => s.owner);

  const load = useCallback((next: TraceSource, nextHeader: TraceHeader, nextEvents: TimelineEvent[], step?: number) => {
    useTimelineStore.getState().loadTrace(next, nextHeader, nextEvents);
    usePlayerStore.getState().adopt(lessonId, next);
    resetView(step ?? nextEvents.length - 1, false);
  }, [lessonId]);

  useEffect(() => {
    const current = useTimelineStore.getState();
    // A live run of this lesson already attached (a reload with ?run=) is kept.
    if (current.source?.kind === 'live' && current.header?.lesson === lessonId) {
      usePlayerStore.getState().adopt(lessonId, current.source);
    } else {
      const query = parsePlayerQuery(window.location.search);
      const trace = traces.find((t) => t.name === pickTrace(query.trace, traces.map((x) => x.name)));
      if (trace) load({ kind: 'recorded', name: trace.name }, trace.header, trace.events, initialStep(query.step, trace.events.length));
    }
    // A live run started from this page (the run panel) is followed from its first event.
    return useTimelineStore.subscribe((s, prev) => {
      if (s.source !== prev.source && s.source?.kind === 'live') {
        usePlayerStore.getState().adopt(lessonId, s.source);
        resetView(backToLive(s.events.length).step, true);
      }
    });
    // Once per page: the traces are the page's own and do not change while it is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const fallback = traces[0];
  // One object for the fallback source, so the state index built for it is reused between renders.
  const fallbackSource = useMemo<TraceSource | null>(() => (fallback ? { kind: 'recorded', name: fallback.name } : null), [fallback]);
  if (source && owner?.lesson === lessonId && owner.source === source) return { source, header, events, load };
  return fallback
    ? { source: fallbackSource, header: fallback.header, events: fallback.events, load }
    : { source: null, header: null, events: NO_EVENTS, load };
}

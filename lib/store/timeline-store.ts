'use client';
// The browser's one store of timeline events: filled by a recorded trace, an opened file or a live run's
// EventSource. The player reads it; the run panel writes it.
import { create } from 'zustand';
import type { TimelineEvent } from '../timeline/events';
import type { TraceHeader } from '../timeline/trace-header';

export type TraceSource =
  | { kind: 'recorded'; name: string }
  | { kind: 'file'; name: string }
  | { kind: 'live'; runId: string };

/** Where a live run stands, as the run panel shows it. */
export type LiveStatus =
  | 'idle' | 'starting' | 'connecting' | 'running' | 'finished' | 'failed' | 'cancelled' | 'limit' | 'off' | 'error';

export interface TimelineStore {
  source: TraceSource | null;
  header: TraceHeader | null;
  events: TimelineEvent[];
  liveStatus: LiveStatus;
  /** A message to show with liveStatus (an error text, the limit message…). */
  liveMessage: string | null;
  loadTrace(source: TraceSource, header: TraceHeader, events: TimelineEvent[]): void;
  startLive(runId: string, header: TraceHeader): void;
  /** Appends in seq order; an event already held (seq too low) is ignored, so a resume never doubles. */
  appendEvent(event: TimelineEvent): void;
  /** appendEvent for a batch (one store update, one render): a live run delivers events in bursts. */
  appendEvents(events: readonly TimelineEvent[]): void;
  setLiveStatus(status: LiveStatus, message?: string | null): void;
}

export const useTimelineStore = create<TimelineStore>((set) => ({
  source: null,
  header: null,
  events: [],
  liveStatus: 'idle',
  liveMessage: null,
  loadTrace: (source, header, events) => set({ source, header, events }),
  startLive: (runId, header) =>
    set({ source: { kind: 'live', runId }, header, events: [], liveStatus: 'connecting', liveMessage: null }),
  appendEvent: (event) =>
    set((s) => (event.seq === s.events.length ? { events: [...s.events, event] } : s)),
  appendEvents: (batch) =>
    set((s) => {
      // Like appendEvent one by one: held events are skipped and nothing past a gap is taken.
      const fresh: TimelineEvent[] = [];
      for (const e of batch) if (e.seq === s.events.length + fresh.length) fresh.push(e);
      return fresh.length === 0 ? s : { events: [...s.events, ...fresh] };
    }),
  setLiveStatus: (liveStatus, liveMessage = null) => set({ liveStatus, liveMessage }),
}));

// The event sink: the one place events get their seq and t, so every emitter stays ignorant of both.
import type { EventBody, TimelineEvent } from '../timeline/events';
import type { EventSink } from './types';

export type EventListener = (event: TimelineEvent) => void;

/** A sink that can also hand back what it emitted (the CLI records traces from it, tests assert on it). */
export interface CollectingSink extends EventSink {
  /** Every event emitted so far, in seq order; empty unless created with `collect: true`. */
  readonly events: readonly TimelineEvent[];
}

export interface SinkOptions {
  collect?: boolean;
  /** Milliseconds clock; injectable so tests need no timing. */
  now?: () => number;
}

/**
 * seq counts 0,1,2,… with no gaps; t is whole milliseconds since the sink was created, never decreasing
 * (a monotonic clock, so a wall-clock jump cannot reorder the timeline).
 */
export function createSink(onEvent?: EventListener, options: SinkOptions = {}): CollectingSink {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const events: TimelineEvent[] = [];
  let seq = 0;
  let lastT = 0;
  return {
    events,
    emit(body: EventBody): TimelineEvent {
      lastT = Math.max(lastT, Math.round(now() - start));
      const event = { ...body, seq: seq++, t: lastT } as TimelineEvent;
      if (options.collect) events.push(event);
      onEvent?.(event);
      return event;
    },
  };
}

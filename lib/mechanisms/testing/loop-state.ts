// Test support: a loop state whose sink records every event, so a test can assert what a mechanism emitted.
import { newLoopState } from '../../agent/loop';
import { createSink, type CollectingSink } from '../../agent/sink';
import type { LoopState } from '../../agent/types';
import type { Actor, EventType, TimelineEvent } from '../../timeline/events';

export interface RecordingSink extends CollectingSink {
  ofType<K extends EventType>(type: K): Extract<TimelineEvent, { type: K }>[];
}

export function recordingSink(): RecordingSink {
  const sink = createSink(undefined, { collect: true });
  return {
    ...sink,
    events: sink.events,
    ofType: <K extends EventType>(type: K) =>
      sink.events.filter((e): e is Extract<TimelineEvent, { type: K }> => e.type === type),
  };
}

export function recordingState(actor: Actor = 'main'): { state: LoopState; sink: RecordingSink } {
  const sink = recordingSink();
  return { state: newLoopState(actor, sink, new AbortController().signal), sink };
}

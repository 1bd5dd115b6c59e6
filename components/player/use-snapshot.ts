'use client';
// The run's state at the cursor, from a checkpointed index kept per source: a live run's growing event
// list is indexed incrementally, a newly loaded trace gets a fresh index.
import { useMemo } from 'react';
import type { TimelineEvent } from '@/lib/timeline/events';
import { SnapshotIndex } from '@/lib/timeline/snapshot';
import type { RunState } from '@/lib/timeline/state';
import type { TraceSource } from '@/lib/store/timeline-store';

// The store makes a new source object per load and per live start, so one index per source object.
const indexes = new WeakMap<object, SnapshotIndex>();

function indexFor(key: object): SnapshotIndex {
  let index = indexes.get(key);
  if (!index) {
    index = new SnapshotIndex();
    indexes.set(key, index);
  }
  return index;
}

export function useStateAt(source: TraceSource | null, events: readonly TimelineEvent[], step: number): RunState {
  return useMemo(() => {
    const index = indexFor(source ?? events);
    index.catchUp(events);
    return index.at(Math.min(step, events.length - 1));
  }, [source, events, step]);
}

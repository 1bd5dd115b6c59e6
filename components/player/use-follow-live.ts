'use client';
// When events arrive or another run is shown, a following cursor jumps to the newest event and any other
// cursor is kept inside the run. (On mount there is nothing to follow: the loader places the cursor.)
import { useEffect, useRef } from 'react';
import { onEventsChanged } from '@/lib/player/cursor';
import { usePlayerStore } from './player-store';

export function useFollowLive(eventCount: number): void {
  const previous = useRef<number | null>(null);
  useEffect(() => {
    const first = previous.current === null;
    previous.current = eventCount;
    if (first) return;
    const player = usePlayerStore.getState();
    player.setCursor(onEventsChanged(player.cursor, eventCount));
  }, [eventCount]);
}

'use client';
// Plays the run forward frame by frame while `playing` is on; stops at the last event.
import { useEffect } from 'react';
import { seek } from '@/lib/player/cursor';
import { advance } from '@/lib/player/playback';
import type { TimelineEvent } from '@/lib/timeline/events';
import { usePlayerStore } from './player-store';

export function usePlayback(events: readonly TimelineEvent[], live: boolean): void {
  const playing = usePlayerStore((s) => s.playing);
  const speed = usePlayerStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let carried = 0;
    const tick = (now: number) => {
      const player = usePlayerStore.getState();
      const next = advance(events, player.cursor.step, carried, now - last, speed);
      last = now;
      carried = next.carriedMs;
      if (next.step !== player.cursor.step) player.setCursor(seek(next.step, events.length, live));
      if (next.step >= events.length - 1) {
        player.setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, events, live]);
}

'use client';
// What the transport buttons, the keys, the scrubber and the event list do to the cursor.
import { useCallback } from 'react';
import { backToLive, seek } from '@/lib/player/cursor';
import type { PlayerAction } from '@/lib/player/keyboard';
import { neighbourStep } from '@/lib/player/markers';
import { playFrom } from '@/lib/player/playback';
import { usePlayerStore } from './player-store';

export interface PlayerActions {
  /** The user moved the cursor to a step (pauses playback; follows live again at the newest event). */
  seekTo(step: number): void;
  act(action: PlayerAction): void;
  goLive(): void;
}

export function usePlayerActions(count: number, modelCalls: readonly number[], live: boolean): PlayerActions {
  const seekTo = useCallback((step: number) => {
    const player = usePlayerStore.getState();
    player.touch();
    player.setPlaying(false);
    player.setCursor(seek(step, count, live));
  }, [count, live]);

  const act = useCallback((action: PlayerAction) => {
    const player = usePlayerStore.getState();
    const step = Math.min(player.cursor.step, count - 1);
    switch (action) {
      case 'stepBack': return seekTo(step - 1);
      case 'stepForward': return seekTo(step + 1);
      case 'prevModelCall': return seekTo(neighbourStep(modelCalls, step, -1) ?? 0);
      case 'nextModelCall': return seekTo(neighbourStep(modelCalls, step, 1) ?? count - 1);
      case 'first': return seekTo(0);
      case 'last': return seekTo(count - 1);
      case 'togglePlay':
        player.touch();
        if (player.playing) return player.setPlaying(false);
        if (count === 0) return;
        player.setCursor(seek(playFrom(step, count), count, false));
        return player.setPlaying(true);
      default: {
        const never: never = action;
        return never;
      }
    }
  }, [count, modelCalls, seekTo]);

  const goLive = useCallback(() => {
    const player = usePlayerStore.getState();
    player.setPlaying(false);
    player.setCursor(backToLive(count));
  }, [count]);

  return { seekTo, act, goLive };
}

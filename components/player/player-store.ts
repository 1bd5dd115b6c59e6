// The player's own state in the browser: where the cursor is, whether it plays, how fast, the visible
// slice of the time axis and whose messages[] is shown. The events themselves live in the timeline store.
import { create } from 'zustand';
import type { LessonId } from '@/lib/lessons/registry';
import type { Cursor } from '@/lib/player/cursor';
import type { Speed } from '@/lib/player/playback';
import type { TimeWindow } from '@/lib/player/time-axis';
import type { TraceSource } from '@/lib/store/timeline-store';

export interface PlayerStore {
  /**
   * The run in the timeline store this lesson's player has taken as its own (loaded it, or saw it start
   * live). The store outlives a page, so another lesson's run left in it is not shown here.
   */
  owner: { lesson: LessonId; source: TraceSource } | null;
  /** Before the first seek the cursor is past the end, i.e. on the last event: the whole run at a glance. */
  cursor: Cursor;
  /** How many steps the last cursor move went: the queue animates single steps, not long scrubs. */
  stride: number;
  playing: boolean;
  speed: Speed;
  /** The visible slice of the lanes' time axis; null shows the whole run. */
  window: TimeWindow | null;
  /** Whose conversation the messages panel shows. */
  actor: string;
  /** The user has moved the cursor or picked a trace: from then on the URL tracks the view. */
  touched: boolean;
  adopt(lesson: LessonId, source: TraceSource): void;
  setCursor(cursor: Cursor): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: Speed): void;
  setWindow(window: TimeWindow | null): void;
  setActor(actor: string): void;
  touch(): void;
}

export const usePlayerStore = create<PlayerStore>((set) => ({
  owner: null,
  cursor: { step: Number.MAX_SAFE_INTEGER, follow: false },
  stride: 0,
  playing: false,
  speed: 1,
  window: null,
  actor: 'main',
  touched: false,
  adopt: (lesson, source) => set({ owner: { lesson, source } }),
  setCursor: (cursor) => set((s) => (s.cursor.step === cursor.step && s.cursor.follow === cursor.follow
    ? s
    : { cursor, stride: Math.abs(cursor.step - s.cursor.step) })),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setWindow: (window) => set({ window }),
  setActor: (actor) => set({ actor }),
  touch: () => set((s) => (s.touched ? s : { touched: true })),
}));

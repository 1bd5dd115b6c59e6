import { describe, expect, it } from 'vitest';
import { MAX_STEP_MS, MIN_STEP_MS, advance, isSpeed, playFrom, stepDelay } from './playback';

const at = (...ts: number[]) => ts.map((t) => ({ t }));

describe('playback', () => {
  it('holds each step about as long as it took in the run', () => {
    expect(stepDelay(at(0, 300, 400), 0, 1)).toBe(300);
  });

  it('shows every step for a moment and never stalls on a long wait', () => {
    expect(stepDelay(at(0, 1, 2), 0, 1)).toBe(MIN_STEP_MS);
    expect(stepDelay(at(0, 6000), 0, 1)).toBe(MAX_STEP_MS);
  });

  it('divides the time by the speed', () => {
    expect(stepDelay(at(0, 400), 0, 2)).toBe(200);
    expect(stepDelay(at(0, 400), 0, 0.5)).toBe(800);
    expect(isSpeed(8)).toBe(true);
    expect(isSpeed(3)).toBe(false);
  });

  it('moves several steps in one long frame and carries the remainder', () => {
    const events = at(0, 100, 200, 300, 400);
    expect(advance(events, 0, 0, 250, 1)).toEqual({ step: 2, carriedMs: 50 });
    expect(advance(events, 2, 50, 60, 1)).toEqual({ step: 3, carriedMs: 10 });
  });

  it('stops at the last event', () => {
    expect(advance(at(0, 100, 200), 0, 0, 10_000, 8)).toEqual({ step: 2, carriedMs: 0 });
  });

  it('playing from the end starts over', () => {
    expect(playFrom(9, 10)).toBe(0);
    expect(playFrom(4, 10)).toBe(4);
  });
});

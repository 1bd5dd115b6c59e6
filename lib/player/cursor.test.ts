import { describe, expect, it } from 'vitest';
import { backToLive, canGoLive, clampStep, onEventsChanged, seek } from './cursor';

describe('cursor policy', () => {
  it('keeps the step inside the events, and before any event at -1', () => {
    expect(clampStep(50, 10)).toBe(9);
    expect(clampStep(-3, 10)).toBe(0);
    expect(clampStep(4.7, 10)).toBe(4);
    expect(clampStep(3, 0)).toBe(-1);
  });

  it('a live cursor follows every new event', () => {
    let c = backToLive(5);
    c = onEventsChanged(c, 6);
    c = onEventsChanged(c, 9);
    expect(c).toEqual({ step: 8, follow: true });
  });

  it('scrubbing back during a live run stops following, and new events leave the cursor where it is', () => {
    let c = seek(2, 6, true);
    expect(c.follow).toBe(false);
    c = onEventsChanged(c, 20);
    expect(c).toEqual({ step: 2, follow: false });
    expect(canGoLive(c, true)).toBe(true);
  });

  it('back to live returns to the newest event and follows again', () => {
    const c = backToLive(20);
    expect(c).toEqual({ step: 19, follow: true });
    expect(canGoLive(c, true)).toBe(false);
  });

  it('scrubbing to the newest event of a live run resumes following', () => {
    expect(seek(99, 6, true)).toEqual({ step: 5, follow: true });
  });

  it('a recorded trace is never followed', () => {
    expect(seek(5, 6, false)).toEqual({ step: 5, follow: false });
    expect(canGoLive({ step: 1, follow: false }, false)).toBe(false);
  });

  it('a shorter trace pulls a stray cursor back inside it', () => {
    expect(onEventsChanged({ step: 40, follow: false }, 10)).toEqual({ step: 9, follow: false });
  });
});

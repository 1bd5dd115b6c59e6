import { describe, expect, it } from 'vitest';
import {
  MIN_WINDOW_MS, axisTicks, clampWindow, formatDuration, fullWindow, isFullWindow, panBy, revealTime, spanPercent, xPercent, zoomAt,
} from './time-axis';

describe('time axis', () => {
  it('places a moment proportionally across the visible window', () => {
    expect(xPercent(500, { start: 0, end: 1000 })).toBe(50);
    expect(xPercent(1500, { start: 1000, end: 2000 })).toBe(50);
  });

  it('cuts a span to the window and drops spans outside it', () => {
    const win = { start: 1000, end: 2000 };
    expect(spanPercent(500, 1500, win)).toEqual({ left: 0, width: 50 });
    expect(spanPercent(1800, 3000, win)).toEqual({ left: 80, width: 20 });
    expect(spanPercent(2500, 3000, win)).toBeNull();
    expect(spanPercent(0, 900, win)).toBeNull();
  });

  it('gives a very short run an axis of at least the minimum width', () => {
    expect(fullWindow(3)).toEqual({ start: 0, end: MIN_WINDOW_MS });
  });

  it('zooming keeps the moment under the pointer in place', () => {
    const win = zoomAt({ start: 0, end: 1000 }, 2, 0.25, 1000);
    expect(win).toEqual({ start: 125, end: 625 });
    expect(xPercent(250, win)).toBe(25);
  });

  it('zooming out never shows more than the whole run, zooming in stops at the minimum', () => {
    expect(zoomAt({ start: 200, end: 700 }, 0.1, 0.5, 1000)).toEqual({ start: 0, end: 1000 });
    const deep = zoomAt({ start: 0, end: 1000 }, 1e6, 0.5, 1000);
    expect(deep.end - deep.start).toBe(MIN_WINDOW_MS);
  });

  it('panning moves by a share of the visible width and stops at the run edges', () => {
    expect(panBy({ start: 100, end: 300 }, 0.5, 1000)).toEqual({ start: 200, end: 400 });
    expect(panBy({ start: 100, end: 300 }, -5, 1000)).toEqual({ start: 0, end: 200 });
    expect(panBy({ start: 700, end: 900 }, 5, 1000)).toEqual({ start: 800, end: 1000 });
  });

  it('clamping keeps a window inside the run', () => {
    expect(clampWindow({ start: -50, end: 150 }, 1000)).toEqual({ start: 0, end: 200 });
    expect(isFullWindow(clampWindow({ start: -5, end: 5000 }, 1000), 1000)).toBe(true);
  });

  it('reveals the playhead with the smallest move, leaving a visible moment alone', () => {
    const win = { start: 100, end: 200 };
    expect(revealTime(win, 150, 1000)).toBe(win);
    const later = revealTime(win, 500, 1000);
    expect(later.start).toBeLessThanOrEqual(500);
    expect(later.end).toBeGreaterThanOrEqual(500);
    expect(later.end - later.start).toBe(100);
  });

  it('labels the axis with round steps', () => {
    expect(axisTicks({ start: 0, end: 6000 }, 6)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000]);
    expect(axisTicks({ start: 130, end: 480 }, 4)).toEqual([200, 300, 400]);
  });

  it('formats durations the way an axis reads them, in the page language', () => {
    expect(formatDuration(850, 'en')).toBe('850 ms');
    expect(formatDuration(2500, 'en')).toBe('2.5 sec');
    expect(formatDuration(12_400, 'en')).toBe('12 sec');
    expect(formatDuration(65_000, 'en')).toBe('1 min 05 sec');
    expect(formatDuration(850, 'zh')).toBe('850毫秒');
    expect(formatDuration(65_000, 'zh')).toBe('1分钟 05秒');
    expect(formatDuration(2500, 'ja')).toBe('2.5 秒');
    expect(formatDuration(65_000, 'ja')).toBe('1 分 05 秒');
  });
});

// The time axis of the lanes: which slice of the run is visible (zoom and pan) and where a moment falls in it.
// Positions are percentages of the visible track, so layout needs no measuring.

/** The visible slice of the run, in ms since it started. */
export interface TimeWindow { start: number; end: number }

/** Narrowest slice a user can zoom into: below this, blocks of a fast run are wider than the track. */
export const MIN_WINDOW_MS = 20;

/** The whole run; a run shorter than MIN_WINDOW_MS still gets a usable axis. */
export function fullWindow(totalMs: number): TimeWindow {
  return { start: 0, end: Math.max(totalMs, MIN_WINDOW_MS) };
}

export function isFullWindow(win: TimeWindow, totalMs: number): boolean {
  const full = fullWindow(totalMs);
  return win.start <= full.start && win.end >= full.end;
}

/** Where a moment falls in the window, 0–100 (outside the window gives values beyond that range). */
export function xPercent(t: number, win: TimeWindow): number {
  return ((t - win.start) / (win.end - win.start)) * 100;
}

/** A span's place on the track, cut to the window; null when it lies entirely outside. */
export function spanPercent(startT: number, endT: number, win: TimeWindow): { left: number; width: number } | null {
  if (endT < win.start || startT > win.end) return null;
  const left = Math.max(0, xPercent(startT, win));
  const right = Math.min(100, xPercent(endT, win));
  return { left, width: Math.max(0, right - left) };
}

/** Keep a window inside the run and no narrower than MIN_WINDOW_MS, preserving its width where possible. */
export function clampWindow(win: TimeWindow, totalMs: number): TimeWindow {
  const full = fullWindow(totalMs);
  const width = Math.min(Math.max(win.end - win.start, MIN_WINDOW_MS), full.end - full.start);
  const start = Math.min(Math.max(win.start, full.start), full.end - width);
  return { start, end: start + width };
}

/**
 * Zoom by `factor` (2 = twice as close) keeping the moment under `anchor` (0–1 across the track) in place,
 * as a map does under the mouse wheel.
 */
export function zoomAt(win: TimeWindow, factor: number, anchor: number, totalMs: number): TimeWindow {
  const width = win.end - win.start;
  const pivot = win.start + width * anchor;
  const newWidth = width / factor;
  return clampWindow({ start: pivot - newWidth * anchor, end: pivot - newWidth * anchor + newWidth }, totalMs);
}

/** Pan by a fraction of the visible width (positive = later). */
export function panBy(win: TimeWindow, fraction: number, totalMs: number): TimeWindow {
  const shift = (win.end - win.start) * fraction;
  return clampWindow({ start: win.start + shift, end: win.end + shift }, totalMs);
}

/** Move the window the least needed so that moment t is visible (the playhead never leaves the view). */
export function revealTime(win: TimeWindow, t: number, totalMs: number): TimeWindow {
  if (t >= win.start && t <= win.end) return win;
  const width = win.end - win.start;
  const start = t < win.start ? t - width * 0.1 : t - width * 0.9;
  return clampWindow({ start, end: start + width }, totalMs);
}

/** Round tick values (1, 2 or 5 × 10ⁿ ms apart) for labelling the axis with about `count` ticks. */
export function axisTicks(win: TimeWindow, count: number): number[] {
  const width = win.end - win.start;
  const raw = width / Math.max(count, 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let v = Math.ceil(win.start / step) * step; v <= win.end; v += step) ticks.push(Math.round(v));
  return ticks;
}

type DurationUnit = 'millisecond' | 'second' | 'minute';

// Building a formatter is far dearer than using one, and the axis and event list format on every frame.
const formatters = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: DurationUnit, fractionDigits: number, minimumIntegerDigits = 1): Intl.NumberFormat {
  const key = `${locale}|${unit}|${fractionDigits}|${minimumIntegerDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit', unit, unitDisplay: 'short', minimumIntegerDigits,
      minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * A duration as people read it on an axis, in the page's language (units and digits from Intl):
 * 850 ms, 2.5 sec, 1 min 05 sec in English; 850毫秒, 2.5秒, 1分钟 05秒 in Chinese.
 */
export function formatDuration(ms: number, locale: string): string {
  if (ms < 1000) return unitFormat(locale, 'millisecond', 0).format(Math.round(ms));
  if (ms < 60_000) return unitFormat(locale, 'second', ms < 10_000 ? 1 : 0).format(ms / 1000);
  const minutes = unitFormat(locale, 'minute', 0).format(Math.floor(ms / 60_000));
  const seconds = unitFormat(locale, 'second', 0, 2).format(Math.floor((ms % 60_000) / 1000));
  return `${minutes} ${seconds}`;
}

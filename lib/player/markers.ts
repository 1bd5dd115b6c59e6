// The scrubber's markers: which steps are model calls, tool calls, process starts/finishes, drains and
// team messages, each kind on its own row so kinds differ by place as well as colour.
import type { TimelineEvent } from '../timeline/events';
import { type MarkerKind, markerKind } from '../timeline/selectors';

export const MARKER_KINDS: readonly MarkerKind[] = ['model', 'tool', 'process', 'drain', 'message'];

export type MarkerSteps = Record<MarkerKind, number[]>;

export function markerSteps(events: readonly TimelineEvent[]): MarkerSteps {
  const steps: MarkerSteps = { model: [], tool: [], process: [], drain: [], message: [] };
  events.forEach((e, k) => {
    const kind = markerKind(e);
    if (kind) steps[kind].push(k);
  });
  return steps;
}

/**
 * One SVG path of thin bars at the given steps, in a viewBox `count` units wide; bars are at least
 * `minWidth` units so a marker stays visible on a long run.
 */
export function markerPath(steps: readonly number[], count: number, height: number, minWidth = Math.max(count / 600, 0.6)): string {
  if (count <= 1) return steps.length ? `M0 0h1v${height}h-1z` : '';
  const scale = count / (count - 1);
  return steps.map((s) => `M${(s * scale - minWidth / 2).toFixed(2)} 0h${minWidth.toFixed(2)}v${height}h-${minWidth.toFixed(2)}z`).join('');
}

/** The nearest step in `steps` (ascending) strictly after (dir 1) or before (dir -1) `current`, or null. */
export function neighbourStep(steps: readonly number[], current: number, dir: 1 | -1): number | null {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid] <= current) lo = mid + 1;
    else hi = mid;
  }
  // lo = first index with steps[lo] > current
  if (dir === 1) return lo < steps.length ? steps[lo] : null;
  let i = lo - 1;
  while (i >= 0 && steps[i] >= current) i--;
  return i >= 0 ? steps[i] : null;
}

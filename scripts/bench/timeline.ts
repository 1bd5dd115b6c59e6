// Seek vs fold on a long run: how long the player waits to show any step of a 20 000-event trace.
// Goal: a seek (snapshotAt, from the nearest checkpoint) under 2 ms median and at least 20× faster
// than folding from the first event to the last.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { foldEvents, initialState } from '../../lib/timeline/reduce';
import { DEFAULT_CHECKPOINT_INTERVAL, SnapshotIndex, snapshotAt } from '../../lib/timeline/snapshot';
import { readTrace, writeTrace } from '../../lib/timeline/trace';
import { syntheticBackgroundRun } from './player-trace';

const EVENTS = 20_000;
const SEEKS = 2_000;

export async function benchTimeline(): Promise<void> {
  const { header, events } = syntheticBackgroundRun(EVENTS);
  // The fastest fold from zero: one stretch, collections updated in place.
  const foldAll = () => foldEvents(initialState(), events, 0, events.length - 1);
  const lanes = Object.keys(foldAll().lanes).length; // also warms the JIT
  console.log(`timeline: synthetic s08-style run, ${events.length} events, ${lanes} lanes (load average ${loadavg()[0].toFixed(1)})`);

  const foldMs = median(repeat(7, () => time(foldAll)));
  const indexMs = median(repeat(3, () => time(() => SnapshotIndex.of(events))));
  const file = writeTrace(header, events);
  const readMs = median(repeat(3, () => time(() => readTrace(file))));

  snapshotAt(events, 0); // builds the checkpoints once, as the player does when a trace loads
  let seed = 7;
  const randomStep = () => (seed = (seed * 48_271) % 2_147_483_647) % events.length;
  const seeks = repeat(SEEKS, () => { const k = randomStep(); return time(() => snapshotAt(events, k)); });

  const seekMedian = median(seeks);
  const ratio = foldMs / seekMedian;
  console.log(`  fold from zero to the last step   ${fmt(foldMs)}`);
  console.log(`  build checkpoints (every ${DEFAULT_CHECKPOINT_INTERVAL})     ${fmt(indexMs)}`);
  console.log(`  read + validate the trace file    ${fmt(readMs)}   ${(file.length / 1e6).toFixed(1)} MB`);
  console.log(`  seek to a random step, median     ${fmt(seekMedian)}   goal < 2 ms      ${mark(seekMedian < 2)}`);
  console.log(`  seek to a random step, p95        ${fmt(percentile(seeks, 0.95))}`);
  console.log(`  fold / seek                       ${ratio.toFixed(0)}×        goal ≥ 20×      ${mark(ratio >= 20)}`);
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function repeat(n: number, measure: () => number): number[] {
  return Array.from({ length: n }, measure);
}

function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function fmt(ms: number): string {
  return `${ms.toFixed(3)} ms`.padEnd(10);
}

function mark(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

// Background processes really run side by side: 50 `sleep 1` started at once should finish within 1.5×
// the time of one, and the drain before each model call must hand every result over exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { newLoopState } from '../../lib/agent/loop';
import { textOf } from '../../lib/agent/messages';
import { createSink } from '../../lib/agent/sink';
import { drainNotifications } from '../../lib/mechanisms/background/background-hooks';
import { BackgroundManager } from '../../lib/mechanisms/background/background-manager';

const COUNT = 50;
const COMMAND = 'sleep 1';
/** How often the simulated loop calls the model (and so drains the queue). */
const TURN_MS = 50;

export async function benchBackground(): Promise<void> {
  console.log(`background: ${COUNT} × \`${COMMAND}\` at once vs one (load average ${loadavg()[0].toFixed(1)})`);
  const one = await runBatch(1);
  const many = await runBatch(COUNT);
  const ratio = many.ms / one.ms;
  console.log(`  one command                       ${one.ms.toFixed(0)} ms`);
  console.log(`  ${COUNT} commands at once              ${many.ms.toFixed(0)} ms (starting them took ${many.spawnMs.toFixed(0)} ms)`);
  console.log(`  ${COUNT} at once / one                  ${ratio.toFixed(2)}×     goal ≤ 1.5×     ${mark(ratio <= 1.5)}`);
  // Starting a process is synchronous in Node (fork + exec), so on a busy machine it dominates; the
  // processes themselves overlap fully once started.
  console.log(`  the same, not counting start-up     ${((many.ms - many.spawnMs) / one.ms).toFixed(2)}×`);
  const exact = many.deliveries.every((n) => n === 1);
  console.log(`  results drained exactly once      ${many.deliveries.filter((n) => n === 1).length}/${COUNT} in ${many.drains} drains   ${mark(exact)}`);
}

/** Start `count` commands, then drain like a loop calling the model every TURN_MS until all arrived. */
async function runBatch(count: number): Promise<{ ms: number; spawnMs: number; deliveries: number[]; drains: number }> {
  const cwd = mkdtempSync(join(tmpdir(), 'bench-bg-'));
  let drains = 0;
  const sink = createSink((e) => {
    if (e.type === 'queue.drained') drains++;
  });
  const state = newLoopState('main', sink, new AbortController().signal);
  const bg = new BackgroundManager({ cwd, sink, signal: state.signal });
  const drain = drainNotifications(bg);
  state.messages.push({ role: 'user', content: 'go' });
  try {
    const started = performance.now();
    const jobs = Array.from({ length: count }, () => bg.run(COMMAND));
    const spawnMs = performance.now() - started;
    let ms = 0;
    const all = Promise.all(jobs.map((j) => j.finished)).then(() => {
      ms = performance.now() - started;
    });
    // Results are drained while others are still running, as a busy loop would.
    while (ms === 0 || bg.queue.size > 0) {
      await drain.beforeModelCall!(state);
      if (state.messages.at(-1)?.role === 'user' && textOf(state.messages.at(-1)!.content).includes('[bg:')) {
        state.messages.push({ role: 'assistant', content: 'ok' });
      }
      await Promise.race([all, new Promise((r) => setTimeout(r, TURN_MS))]);
    }
    const seen = state.messages.map((m) => textOf(m.content)).join('\n');
    const deliveries = jobs.map((j) => seen.split(`[bg:${j.id}] `).length - 1);
    return { ms, spawnMs, deliveries, drains };
  } finally {
    await bg.dispose();
    rmSync(cwd, { recursive: true, force: true });
  }
}

function mark(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

// Live-run fan-out: one run emitting 10 000 events to 20 concurrent SSE subscribers over loopback.
// The server is a node:http server on 127.0.0.1 calling the real events route handler (the same
// ReadableStream `next start` serves); the subscribers run in a child process, as browsers would run
// elsewhere. Two runs: flat out (how many events/s each subscriber gets) and paced at the goal rate of
// 5 000 events/s (how long an event takes from emit to a subscriber: flat out that would only measure
// the queue). Goal: ≥ 5 000 events/s per subscriber, p95 latency < 20 ms, every seq exactly once.
import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { fileURLToPath } from 'node:url';
import { GET as streamEvents } from '../../app/api/runs/[id]/events/route';
import { loadRunConfig } from '../../lib/runs/config';
import { installRunManager } from '../../lib/runs/instance';
import { RunManager } from '../../lib/runs/run-manager';
import { fakeLauncher } from '../../lib/runs/testing/fake-launcher';
import type { SubscriberReport } from './sse-subscribers';

const EVENTS = 10_000;
const SUBSCRIBERS = 20;
/** Events emitted per turn of the event loop: an agent emits in bursts (a model response, a tool result). */
const BURST = 20;
const PACED_RATE = 5_000;
const PORT = 3301;
/** A typical streamed text delta, so frames are the size a real run sends. */
const PADDING = 'The agent reads the files, runs the command and reports back. '.repeat(2);

interface Result { reports: SubscriberReport[]; emitted: Float64Array; startedAt: number }

export async function benchSse(): Promise<void> {
  const launcher = fakeLauncher();
  const manager = new RunManager(loadRunConfig({ RUN_MAX_EVENTS: String(EVENTS * 2) }), launcher);
  installRunManager(manager);
  const server = http.createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.log(`sse: one run, ${EVENTS} events → ${SUBSCRIBERS} subscribers over loopback (node:http + the events route)`);
  try {
    const flat = await oneRun(manager, launcher, base, 0);
    const paced = await oneRun(manager, launcher, base, PACED_RATE);
    const rates = flat.reports.map((r) => (EVENTS - 1) / ((Math.max(...r.received) - flat.startedAt) / 1000));
    const flatLatency = latencies(flat);
    const pacedLatency = latencies(paced);
    const complete = [...flat.reports, ...paced.reports].filter(everySeqOnce).length;
    const slowest = Math.min(...rates);
    console.log(`  flat out: events/s per subscriber, mean     ${mean(rates).toFixed(0)}`);
    console.log(`  flat out: events/s per subscriber, slowest  ${slowest.toFixed(0)}   goal ≥ 5000   ${mark(slowest >= 5000)}`);
    console.log(`  flat out: emit → receive, median / p95      ${fmt(q(flatLatency, 0.5))} / ${fmt(q(flatLatency, 0.95))} (queueing included)`);
    console.log(`  paced at ${PACED_RATE}/s: emit → receive, median  ${fmt(q(pacedLatency, 0.5))}`);
    console.log(`  paced at ${PACED_RATE}/s: emit → receive, p95     ${fmt(q(pacedLatency, 0.95))}   goal < 20 ms   ${mark(q(pacedLatency, 0.95) < 20)}`);
    console.log(`  subscriptions with every seq exactly once   ${complete} / ${2 * SUBSCRIBERS}   ${mark(complete === 2 * SUBSCRIBERS)}`);
  } finally {
    await manager.shutdown();
    installRunManager(undefined);
    server.close();
  }
}

/** One run to SUBSCRIBERS subscribers; `rate` events/s, or 0 for as fast as the loop goes. */
async function oneRun(manager: RunManager, launcher: ReturnType<typeof fakeLauncher>, base: string, rate: number): Promise<Result> {
  const run = await manager.start('s08', 'bench');
  const fake = launcher.runs.at(-1)!;
  const child = fork(fileURLToPath(new URL('./sse-subscribers.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced', // typed arrays cross the IPC channel as they are
    env: { ...process.env, SSE_URL: `${base}/api/runs/${run.info.id}/events`, SSE_SUBSCRIBERS: String(SUBSCRIBERS), SSE_EVENTS: String(EVENTS) },
  });
  // Seq 0 (run.started) is out already; the bench emits seq 1 … EVENTS-2, then the final run.finished.
  const emitted = new Float64Array(EVENTS);
  let startedAt = 0;
  const emitAll = async () => {
    startedAt = now();
    for (let seq = 1; seq < EVENTS - 1; seq++) {
      emitted[seq] = now();
      fake.emit({ type: 'llm.text', actor: 'main', delta: `${seq} ${PADDING}` });
      if (seq % BURST === 0) await pause(rate === 0 ? 0 : startedAt + (seq / rate) * 1000 - now());
    }
    emitted[EVENTS - 1] = now();
    fake.finish();
  };
  const reports = await new Promise<SubscriberReport[]>((resolve, reject) => {
    child.on('message', (m: { ready?: true; reports?: SubscriberReport[]; error?: string }) => {
      if (m.ready) void emitAll();
      if (m.reports) resolve(m.reports);
      if (m.error) reject(new Error(m.error));
    });
    child.on('error', reject);
    child.on('exit', (code) => code && reject(new Error(`the subscriber process exited with ${code}`)));
  });
  child.kill();
  return { reports, emitted, startedAt };
}

/** Adapts node:http to the route handler: a Request in, its Response streamed back. */
async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const id = /^\/api\/runs\/([^/]+)\/events$/.exec(url.pathname)?.[1];
  if (!id) return void res.writeHead(404).end();
  const gone = new AbortController();
  res.on('close', () => gone.abort());
  const response = await streamEvents(new Request(url, { signal: gone.signal }), { params: Promise.resolve({ id }) });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  Readable.fromWeb(response.body as NodeReadableStream).pipe(res);
}

function latencies({ reports, emitted }: Result): number[] {
  const all: number[] = [];
  for (const r of reports) for (let seq = 1; seq < EVENTS; seq++) all.push(r.received[seq] - emitted[seq]);
  return all.sort((a, b) => a - b);
}

function everySeqOnce(r: SubscriberReport): boolean {
  return r.duplicates === 0 && r.outOfOrder === 0 && r.count.every((n) => n === 1);
}

/** setImmediate when there is no time to wait (yields to I/O), else a timer. */
const pause = (ms: number) => new Promise((r) => (ms <= 1 ? setImmediate(r) : setTimeout(r, ms)));
const q = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const now = () => performance.timeOrigin + performance.now();
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

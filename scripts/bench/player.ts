// The player in Chromium against `next start` (started and stopped here; needs `npm run build` first):
// 1. scrubbing end to end through a 5 000-event trace (opened from disk as a user would), dragging the
//    scrubber with the mouse while the page records every frame: frames per second and the slowest frame.
//    Goal ≥ 50 fps, slowest < 50 ms.
// 2. first-load JavaScript of /en/lessons/s08: every <script src> of the prerendered page, gzipped and
//    summed. Goal ≤ 250 kB.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { writeTrace } from '../../lib/timeline/trace';
import { syntheticBackgroundRun } from './player-trace';

const PORT = 3401;
const BASE = `http://127.0.0.1:${PORT}`;
const EVENTS = 5_000;
const MOVES = 600;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function benchPlayer(): Promise<void> {
  if (!existsSync('.next/BUILD_ID')) {
    console.log('player: skipped — no production build (run `npm run build` first)');
    return;
  }
  const server = await startServer();
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-player-'));
  try {
    await firstLoadJs();
    await scrub(dir);
  } finally {
    server.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(PORT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/en`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`next start did not answer on ${BASE} within 20 s`);
}

async function firstLoadJs(): Promise<void> {
  const html = await (await fetch(`${BASE}/en/lessons/s08`)).text();
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)];
  // noModule scripts are polyfills for old browsers; a modern browser never downloads them.
  const isModern = (tag: string) => !/\snomodule/i.test(tag);
  const sources = [...new Set(tags.filter((m) => isModern(m[0])).map((m) => m[1]))];
  const legacy = [...new Set(tags.filter((m) => !isModern(m[0])).map((m) => m[1]))];
  let raw = 0;
  let gzipped = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  const kb = gzipped / 1024;
  console.log(`player: first-load JS of /en/lessons/s08: ${sources.length} scripts, ${(raw / 1024).toFixed(0)} kB raw (${legacy.length} noModule polyfill script${legacy.length === 1 ? '' : 's'} not counted)`);
  console.log(`  gzip total                          ${kb.toFixed(1)} kB   goal ≤ 250 kB   ${kb <= 250 ? 'ok' : 'MISSED'}`);
}

async function scrub(dir: string): Promise<void> {
  const { header, events } = syntheticBackgroundRun(EVENTS);
  const file = path.join(dir, 'bench-5000.jsonl');
  await writeFile(file, writeTrace(header, events));
  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE}/en/lessons/s08`);
    await page.waitForFunction(`(() => {
      const el = document.querySelector('[data-testid=trace-file-input]');
      return !!el && Object.keys(el).some((k) => k.startsWith('__reactProps'));
    })()`);
    await page.setInputFiles('[data-testid=trace-file-input]', file);
    await page.waitForSelector(`[data-testid=player][data-steps="${events.length}"]`);
    const slider = page.getByRole('slider');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;

    // Record every frame's start while the mouse drags the scrubber from the first step to the last.
    // Page scripts are strings: tsx wraps functions in helpers that do not exist in the page.
    await page.evaluate(`(() => {
      window.frames_ = [];
      window.stop_ = false;
      const tick = (now) => { window.frames_.push(now); if (!window.stop_) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.move(box.x + 1, y);
    await page.mouse.down();
    for (let i = 1; i <= MOVES; i++) await page.mouse.move(box.x + 1 + ((box.width - 2) * i) / MOVES, y);
    await page.mouse.up();
    const { frames, last } = await page.evaluate<{ frames: number[]; last: string | null }>(`(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      window.stop_ = true;
      return { frames: window.frames_, last: document.querySelector('[role=slider]').getAttribute('aria-valuenow') };
    })()`);
    const gaps = frames.slice(1).map((t, i) => t - frames[i]);
    const seconds = (frames[frames.length - 1] - frames[0]) / 1000;
    const fps = gaps.length / seconds;
    const slowest = Math.max(...gaps);
    const sorted = [...gaps].sort((a, b) => a - b);
    console.log(`player: scrubbing a ${events.length}-event trace end to end (${MOVES} mouse moves, ${gaps.length} frames in ${seconds.toFixed(1)} s, ended on step ${last})`);
    console.log(`  frames per second                   ${fps.toFixed(1)}   goal ≥ 50   ${fps >= 50 ? 'ok' : 'MISSED'}`);
    console.log(`  frame time median / p95             ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} / ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms`);
    console.log(`  slowest frame                       ${slowest.toFixed(1)} ms   goal < 50 ms   ${slowest < 50 ? 'ok' : 'MISSED'}`);
    const long = gaps.map((g, i) => [g, i] as const).filter(([g]) => g >= 50);
    console.log(`  frames of 50 ms or more             ${long.length}${long.length ? ` (at frame ${long.map(([, i]) => i).join(', ')} of ${gaps.length})` : ''}`);
  } finally {
    await browser.close();
  }
}

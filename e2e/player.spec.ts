// The timeline player on the s08 lesson page, with its recorded "sleep 2, sleep 4, sleep 6" trace.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createTranslator } from 'use-intl/core';
import { getLesson } from '../lib/lessons/registry';
import { summarizeEvent } from '../lib/live/event-summary';
import { formatDuration } from '../lib/player/time-axis';
import type { TimelineEvent } from '../lib/timeline/events';
import { readTrace } from '../lib/timeline/trace';
import en from '../messages/en.json';
import ja from '../messages/ja.json';
import zh from '../messages/zh.json';
import { PHONE, expectNoHorizontalOverflow } from './helpers';

const MESSAGES = { en, zh, ja } as const;
type Locale = keyof typeof MESSAGES;

const TRACES = 'content/traces';
const traces = readdirSync(TRACES)
  .filter((f) => f.startsWith('s08-') && f.endsWith('.jsonl'))
  .map((f) => {
    const text = readFileSync(path.join(TRACES, f), 'utf8');
    const result = readTrace(text);
    if (!result.ok) throw new Error(`${f} ${result.message}`);
    return { name: f.slice(0, -'.jsonl'.length), text, header: result.header, events: result.events };
  });
// The lesson's first example is the trace the page opens with.
const recorded = traces.find((t) => t.header.prompt === getLesson('s08').examples[0]);
if (!recorded) throw new Error('no recorded s08 trace of the first example in content/traces');
// Another one, so a test can tell "the trace the URL names" from "the default trace".
const failing = traces.find((t) => t.name === 's08-failing-command');
if (!failing || failing === recorded) throw new Error('no s08-failing-command trace besides the default one');
const { events, name } = recorded;
const count = events.length;
const drain = events.find((e): e is Extract<TimelineEvent, { type: 'queue.drained' }> => e.type === 'queue.drained');
if (!drain) throw new Error(`${name} has no queue.drained event`);
const modelCalls = events.filter((e) => e.type === 'llm.request').map((e) => e.seq);

const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline position' });
/** The views below the scrubber have caught up with step `step` (they render a step behind while scrubbing fast). */
const shows = (page: Page, step: number) => expect(page.getByTestId('player')).toHaveAttribute('data-step', String(step));
const stepInUrl = (step: number) => new RegExp(`[?&]step=${step}(&|$)`);

/** The player is hydrated: its keys and buttons respond. */
async function openLesson(page: Page, query = '', locale: Locale = 'en') {
  await page.goto(`/${locale}/lessons/s08${query}`);
  await page.waitForFunction(() => {
    const el = document.querySelector('[role=slider]');
    return !!el && Object.keys(el).some((key) => key.startsWith('__reactProps'));
  });
}

/**
 * What the view shows at a step: the words of each part and where every block and marker sits on the lanes
 * (to the pixel). Not the event list, whose scroll position depends on the way there.
 */
async function view(page: Page) {
  return page.evaluate(() => {
    const text = (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '';
    const boxes = [...document.querySelectorAll('ul[aria-label=Lanes] [data-block], [data-testid=drain-marker]')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${Math.round(r.left)}+${Math.round(r.width)}`;
    });
    return {
      phase: text('[data-testid=phase]'),
      lanes: text('ul[aria-label=Lanes]'),
      boxes,
      queue: text('[data-testid=queue]'),
      messages: text('[aria-label^="Messages of"]'),
      position: document.querySelector('[role=slider]')?.getAttribute('aria-valuetext'),
    };
  });
}

test.beforeEach(async ({ page }) => {
  // Shared-layout animations settle at once, so two visits to a step render identically.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('stepping with the keyboard updates the URL, and a reload keeps the trace and the step', async ({ page }) => {
  const total = failing.events.length;
  const calls = failing.events.filter((e) => e.type === 'llm.request').map((e) => e.seq);
  const prompt = page.getByTestId('trace-prompt');
  await openLesson(page, `?trace=${failing.name}&step=3`);
  await expect(prompt).toHaveText(`“${failing.header.prompt}”`);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '3');
  await expect(page.getByTestId('player')).toHaveAttribute('data-steps', String(total));
  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(stepInUrl(0));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(stepInUrl(3));
  await expect(page).toHaveURL(new RegExp(`[?&]trace=${failing.name}(&|$)`));

  const nextCall = calls.find((s) => s > 3)!;
  await page.keyboard.press('Shift+ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(nextCall));
  await expect(page).toHaveURL(stepInUrl(nextCall));

  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(stepInUrl(total - 2));

  await page.reload();
  await expect(prompt).toHaveText(`“${failing.header.prompt}”`);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(total - 2));
  await expect(page.getByTestId('player')).toHaveAttribute('data-step', String(total - 2));
});

test('scrubbing back then forward reproduces the same view', async ({ page }) => {
  test.setTimeout(120_000); // dozens of single steps on a busy machine
  const target = drain.seq + 1;
  await openLesson(page, `?step=${target}`);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(target));
  await shows(page, target);
  const before = await view(page);

  // Drag the scrubber back to the start with the mouse…
  await slider(page).scrollIntoViewIfNeeded();
  const box = (await slider(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * (target / (count - 1)), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x - 20, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '0');
  await shows(page, 0);
  expect(await view(page)).not.toEqual(before);

  // …then step forward to the same moment.
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(target));
  await shows(page, target);
  expect(await view(page)).toEqual(before);
});

test('the queue shows the finished results before the drain and none after it', async ({ page }) => {
  await openLesson(page, `?step=${drain.seq - 1}`);
  const cards = page.getByTestId('queue-card');
  await expect(cards).toHaveCount(drain.ids.length);
  for (const id of drain.ids) await expect(page.getByTestId('queue')).toContainText(`bg:${id}`);

  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(drain.seq));
  await expect(cards).toHaveCount(0);
  await expect(page.getByTestId('phase')).toHaveAttribute('data-phase', 'draining');
  // The results moved into the main lane, and the model's next call carries them.
  for (const id of drain.ids) await expect(page.getByTestId('drain-marker').last()).toContainText(`bg:${id}`);
  const nextCall = modelCalls.find((s) => s > drain.seq)!;
  await page.keyboard.press('Shift+ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(nextCall));
  for (const id of drain.ids) await expect(page.getByTestId('background-results').last()).toContainText(`[bg:${id}]`);
});

test('a downloaded trace, opened again, has the same number of steps, and the URL no longer names a step', async ({ page }) => {
  await openLesson(page, `?trace=${name}&step=3`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe(`${name}.jsonl`);
  const saved = await download.path();
  await page.getByTestId('trace-file-input').setInputFiles(saved);
  await expect(page.getByTestId('trace-notice')).toContainText(`${count} steps`);
  await expect(page.getByTestId('trace-source')).toHaveText('Opened file');
  await expect(page.getByTestId('player')).toHaveAttribute('data-steps', String(count));
  // A reload cannot reopen the file; a step left in the URL would open the default trace there instead.
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(count - 2));
  await expect(page).not.toHaveURL(/[?&](step|trace)=/);
});

test('a trace file dropped on the player opens, with a drop zone shown while it is dragged over', async ({ page }) => {
  await openLesson(page);
  const other = traces.find((t) => t.header.lesson === 's08' && t !== recorded)!;
  const player = page.getByTestId('player');
  // A file dragged from the desktop, as the browser hands it to the page.
  const files = await page.evaluateHandle(({ text, file }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], file, { type: 'application/x-ndjson' }));
    return data;
  }, { text: other.text, file: 'dropped.jsonl' });
  await player.dispatchEvent('dragover', { dataTransfer: files });
  await expect(page.getByText(en.player.trace.drop)).toBeVisible();
  await player.dispatchEvent('drop', { dataTransfer: files });
  await expect(page.getByTestId('trace-source')).toHaveText('Opened file');
  await expect(player).toHaveAttribute('data-steps', String(other.events.length));
  await expect(page.getByText(`“${other.header.prompt}”`)).toBeVisible();
  await expect(page.getByText(en.player.trace.drop)).toHaveCount(0);
});

for (const locale of ['en', 'ja'] as const) {
  test(`a broken file is refused with its line number in ${locale}, and the current trace stays`, async ({ page }) => {
    const m = MESSAGES[locale].player.trace;
    await openLesson(page, '', locale);
    const lines = recorded.text.split('\n');
    lines[4] = '{"seq": 3, oops';
    await page.getByTestId('trace-file-input').setInputFiles({
      name: 'broken.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines.join('\n')),
    });
    const alert = page.getByTestId('trace-notice');
    await expect(alert).toHaveAttribute('role', 'alert');
    // The whole sentence is the page's language; only the reader's reason ("not JSON") is its own.
    await expect(alert).toHaveText(m.openError.replace('{file}', 'broken.jsonl').replace('{line}', '5').replace('{reason}', 'not JSON'));
    await expect(page.getByTestId('trace-source')).toHaveText(m.source.recorded);
    await expect(page.getByTestId('player')).toHaveAttribute('data-steps', String(count));
  });
}

test('on a Chinese page the event list, the key names and the times are Chinese', async ({ page }) => {
  const call = events.find((e) => e.type === 'llm.request' && e.t >= 1000)!;
  await openLesson(page, `?step=${call.seq}`, 'zh');
  await shows(page, call.seq);
  const t = createTranslator({ locale: 'zh', messages: zh, namespace: 'run.summary' });
  const { key, values } = summarizeEvent(call);
  const row = page.getByRole('list', { name: zh.player.events.title }).locator('button[aria-current=step]');
  await expect(row).toContainText(t(key as never, values as never));
  await expect(row).toContainText(formatDuration(call.t, 'zh'));
  await expect(page.getByTestId('player')).toContainText(zh.player.transport.position.replace('{step}', String(call.seq + 1)).replace('{total}', String(count)).replace('{time}', formatDuration(call.t, 'zh')));
  const space = zh.player.keys.names.space;
  await expect(page.locator('kbd', { hasText: space })).toBeVisible();
  await expect(page.getByRole('button', { name: zh.player.transport.play, exact: true }))
    .toHaveAttribute('title', zh.player.transport.withKeys.replace('{label}', zh.player.transport.play).replace('{keys}', space));
  await expect(page.getByTestId('time-axis')).not.toContainText(/\d (ms|s|min)\b/);
});

test('under reduced motion a queue card appears at once, without fading in', async ({ page }) => {
  const enqueued = events.find((e) => e.type === 'queue.enqueued')!;
  await openLesson(page, `?step=${enqueued.seq - 1}`);
  await expect(page.getByTestId('queue-card')).toHaveCount(0);
  // The card's opacity in the very commit that adds it: a fade starts it at 0.
  await page.evaluate(() => {
    const w = window as unknown as { __cardOpacity: Promise<string> };
    w.__cardOpacity = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        const card = document.querySelector('[data-testid=queue-card]');
        if (!card) return;
        observer.disconnect();
        resolve(getComputedStyle(card).opacity);
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('queue-card')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __cardOpacity: Promise<string> }).__cardOpacity)).toBe('1');
});

test('dragging across the lanes pans a zoomed view', async ({ page }) => {
  const middle = events.find((e) => e.t >= events[count - 1].t / 2)!;
  await openLesson(page, `?step=${middle.seq}`);
  const lanes = page.getByTestId('lanes');
  // Unzoomed, touch is the browser's; zoomed, sideways swipes are the drag's and vertical ones still scroll.
  await expect(lanes).toHaveCSS('touch-action', 'auto');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(lanes).toHaveCSS('touch-action', 'pan-y pinch-zoom');
  const ticks = () => page.getByTestId('time-axis').evaluate((el) => [...el.children].map((c) => (c as HTMLElement).style.left).join(' '));
  const before = await ticks();
  await lanes.scrollIntoViewIfNeeded();
  const box = (await lanes.boundingBox())!;
  // On the main lane's track, well below the axis strip.
  const y = box.y + 60;
  const x = box.x + box.width * 0.6;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 80, y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(ticks).not.toBe(before);
});

test('no serious or critical accessibility violation with a trace loaded', async ({ page }) => {
  await openLesson(page, `?step=${drain.seq - 1}`);
  await expect(page.getByTestId('queue-card').first()).toBeVisible();
  const { violations, incomplete } = await new AxeBuilder({ page }).analyze();
  // axe files a name on an element whose role cannot carry one (aria-label on a plain div or pre) under
  // "needs review" when the element has content; it is still a name no screen reader announces.
  const prohibitedNames = incomplete.filter((v) => v.id === 'aria-prohibited-attr');
  const bad = [...violations, ...prohibitedNames]
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(bad).toEqual([]);
});

test('fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openLesson(page);
  await expectNoHorizontalOverflow(page);
});

// The timeline player on the s08 lesson page, with its recorded "sleep 2, sleep 4, sleep 6" trace.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getLesson } from '../lib/lessons/registry';
import type { TimelineEvent } from '../lib/timeline/events';
import { readTrace } from '../lib/timeline/trace';
import { PHONE, expectNoHorizontalOverflow } from './helpers';

// The lesson's first example is the trace the page opens with.
const TRACES = 'content/traces';
const recorded = readdirSync(TRACES)
  .filter((f) => f.startsWith('s08-') && f.endsWith('.jsonl'))
  .map((f) => {
    const text = readFileSync(path.join(TRACES, f), 'utf8');
    const result = readTrace(text);
    if (!result.ok) throw new Error(`${f} ${result.message}`);
    return { name: f.slice(0, -'.jsonl'.length), text, header: result.header, events: result.events };
  })
  .find((t) => t.header.prompt === getLesson('s08').examples[0]);
if (!recorded) throw new Error('no recorded s08 trace of the first example in content/traces');
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
async function openLesson(page: Page, query = '') {
  await page.goto(`/en/lessons/s08${query}`);
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

test('stepping with the keyboard updates the URL, and a reload keeps the step', async ({ page }) => {
  await openLesson(page);
  await expect(page.getByTestId('player')).toHaveAttribute('data-steps', String(count));
  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(stepInUrl(0));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(stepInUrl(3));
  await expect(page).toHaveURL(new RegExp(`[?&]trace=${name}(&|$)`));

  const nextCall = modelCalls.find((s) => s > 3)!;
  await page.keyboard.press('Shift+ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(nextCall));
  await expect(page).toHaveURL(stepInUrl(nextCall));

  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(stepInUrl(count - 2));

  await page.reload();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(count - 2));
  await expect(page.getByTestId('player')).toHaveAttribute('data-step', String(count - 2));
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

test('a downloaded trace, opened again, has the same number of steps', async ({ page }) => {
  await openLesson(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe(`${name}.jsonl`);
  const saved = await download.path();
  await page.getByTestId('trace-file-input').setInputFiles(saved);
  await expect(page.getByTestId('trace-notice')).toContainText(`${count} steps`);
  await expect(page.getByTestId('trace-source')).toHaveText('Opened file');
  await expect(page.getByTestId('player')).toHaveAttribute('data-steps', String(count));
});

test('a broken file is refused with its line number and the current trace stays', async ({ page }) => {
  await openLesson(page);
  const lines = recorded.text.split('\n');
  lines[4] = '{"seq": 3, oops';
  await page.getByTestId('trace-file-input').setInputFiles({
    name: 'broken.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines.join('\n')),
  });
  const alert = page.getByTestId('trace-notice');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('broken.jsonl');
  await expect(alert).toContainText('line 5');
  await expect(page.getByTestId('trace-source')).toHaveText('Recorded run');
  await expect(page.getByTestId('player')).toHaveAttribute('data-steps', String(count));
});

test('no serious or critical accessibility violation with a trace loaded', async ({ page }) => {
  await openLesson(page, `?step=${drain.seq - 1}`);
  await expect(page.getByTestId('queue-card').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(bad).toEqual([]);
});

test('fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openLesson(page);
  await expectNoHorizontalOverflow(page);
});

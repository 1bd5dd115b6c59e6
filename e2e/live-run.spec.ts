// Live runs from the lesson page: the real route, the real SSE stream, the real s08 agent on the scripted
// model (real `sleep` processes), watched in Chromium.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { isProcessAlive } from '../lib/agent/testing/processes';
import { getLesson } from '../lib/lessons/registry';
import { waitForHydration } from './helpers';

const [SLEEPS] = getLesson('s08').examples;
/** The s08 example sleeps 2, 4 and 6 s in the background; allow for a slow machine. */
const RUN_TIMEOUT = 45_000;

async function openS08(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/en/lessons/s08${query}`);
  await waitForHydration(page);
  const panel = page.locator('#run');
  // The panel is ready once it knows which model runs (it asks the server on load).
  await expect(panel.getByText('scripted', { exact: true })).toBeVisible();
  return panel;
}

const rows = (panel: Locator) => panel.getByRole('table').locator('tbody tr');
const rowsOfType = (panel: Locator, type: string) => rows(panel).filter({ has: panel.page().locator('td:nth-child(3)', { hasText: new RegExp(`^${type.replace('.', '\\.')}$`) }) });

/** The seq column, in order. */
async function seqs(panel: Locator): Promise<number[]> {
  return (await rows(panel).locator('td:first-child').allTextContents()).map(Number);
}

const runIdOf = (page: Page) => new URL(page.url()).searchParams.get('run');

test.describe('live run panel', () => {
  test.setTimeout(90_000);

  test('an s08 example runs from the lesson page: background processes start, finish, are drained, the run finishes', async ({ page }) => {
    const panel = await openS08(page);
    await panel.getByRole('button', { name: `Run the example: ${SLEEPS}` }).click();
    await expect.poll(() => runIdOf(page)).not.toBeNull();

    await expect(rowsOfType(panel, 'bg.started')).toHaveCount(3);
    await expect(rowsOfType(panel, 'bg.finished')).toHaveCount(3, { timeout: RUN_TIMEOUT });
    await expect(rowsOfType(panel, 'queue.drained')).toHaveCount(1);
    await expect(panel.getByRole('status')).toContainText('Finished: the agent is done.');
    await expect(rowsOfType(panel, 'run.finished')).toContainText('completed');

    // Every event once, in order, and as many as the server holds.
    const got = await seqs(panel);
    expect(got).toEqual(got.map((_, i) => i));
    const status = await (await page.request.get(`/api/runs/${runIdOf(page)}`)).json();
    expect(status).toMatchObject({ state: 'finished', outcome: 'completed', events: got.length });
    // The drain comes before the model call that reads the results.
    const types = await rows(panel).locator('td:nth-child(3)').allTextContents();
    expect(types.indexOf('queue.drained')).toBeLessThan(types.lastIndexOf('llm.request'));
  });

  test('cancel mid-run: the run ends cancelled and none of its processes is left', async ({ page }) => {
    const panel = await openS08(page);
    await panel.getByRole('button', { name: `Run the example: ${SLEEPS}` }).click();
    await expect(rowsOfType(panel, 'bg.started')).toHaveCount(3);
    const pids = (await rowsOfType(panel, 'bg.started').locator('td:nth-child(4)').allTextContents())
      .map((text) => Number(/pid (\d+)/.exec(text)?.[1]));
    expect(pids.every((pid) => pid > 0)).toBe(true);

    await panel.getByRole('button', { name: 'Cancel run' }).click();
    await expect(panel.getByRole('status')).toContainText('Cancelled.');
    await expect(rowsOfType(panel, 'run.finished')).toContainText('cancelled');
    expect(pids.filter(isProcessAlive)).toEqual([]);
    expect(await (await page.request.get(`/api/runs/${runIdOf(page)}`)).json()).toMatchObject({
      outcome: 'cancelled', cancelReason: 'requested',
    });
    await expect(panel.getByRole('button', { name: 'Start run' })).toBeDisabled(); // empty prompt box
    await expect(panel.getByRole('button', { name: 'Cancel run' })).toBeDisabled();
  });

  test('a reload during a run reattaches to it and shows every event once', async ({ page }) => {
    const panel = await openS08(page);
    await panel.getByRole('button', { name: `Run the example: ${SLEEPS}` }).click();
    await expect(rowsOfType(panel, 'bg.started')).toHaveCount(3);
    const runId = runIdOf(page);
    // Reload while the run is still going (its sleeps take 6 s), so this proves a reattach mid-run.
    expect(await (await page.request.get(`/api/runs/${runId}`)).json()).toMatchObject({ state: 'running' });

    await page.reload();
    await waitForHydration(page);
    expect(runIdOf(page)).toBe(runId);
    await expect(rowsOfType(panel, 'run.finished')).toHaveCount(1, { timeout: RUN_TIMEOUT });
    const got = await seqs(panel);
    expect(got).toEqual(got.map((_, i) => i));
    const status = await (await page.request.get(`/api/runs/${runId}`)).json();
    expect(status).toMatchObject({ state: 'finished', outcome: 'completed', events: got.length });
    await expect(rowsOfType(panel, 'bg.started')).toHaveCount(3);
  });

  test('moving to another lesson mid-run leaves that lesson\'s panel ready, not stuck on the old run', async ({ page }) => {
    const panel = await openS08(page);
    await panel.getByRole('button', { name: `Run the example: ${SLEEPS}` }).click();
    await expect(rowsOfType(panel, 'bg.started')).toHaveCount(3);
    const runId = runIdOf(page);
    try {
      await page.getByRole('link', { name: /Next.*Agent Teams/ }).click();
      await expect(page).toHaveURL(/\/en\/lessons\/s09$/);
      const next = page.locator('#run');
      await expect(next.getByRole('status')).toContainText('Ready');
      const [first] = getLesson('s09').examples;
      await expect(next.getByRole('button', { name: `Run the example: ${first}` })).toBeEnabled();
      await expect(next.getByText('No events yet.')).toBeVisible();
    } finally {
      // The left run would hold a slot until its grace period ends: end it now, for the tests after this.
      await page.request.delete(`/api/runs/${runId}`);
      await expect.poll(async () => (await (await page.request.get(`/api/runs/${runId}`)).json()).state).toBe('finished');
    }
  });

  test('a free prompt with no script gets the scripted model\'s explanation, and the counter shows the limit', async ({ page }) => {
    const panel = await openS08(page);
    const box = panel.getByRole('textbox', { name: 'Your own prompt' });
    await box.fill('What is the weather like?');
    await expect(panel.getByText('25 / 8000 characters')).toBeVisible();
    await box.press('Control+Enter');
    await expect(panel.getByRole('status')).toContainText('Finished', { timeout: RUN_TIMEOUT });
    await expect(rowsOfType(panel, 'run.finished')).toContainText('This is the built-in scripted model');
  });
});

test.describe('live run refusals', () => {
  test('live runs off: the panel says so and offers the recorded traces instead', async ({ page }) => {
    await page.route('**/api/config', (route) =>
      route.fulfill({ json: { liveRuns: false, model: 'scripted', mode: 'scripted', limits: { maxConcurrentRuns: 4, wallClockMs: 600000, maxPromptChars: 8000 } } }),
    );
    await page.goto('/en/lessons/s08');
    const panel = page.locator('#run');
    await expect(panel.getByText('Live runs are switched off on this server.')).toBeVisible();
    await expect(panel.getByRole('button', { name: /Run the example/ })).toHaveCount(0);
    await panel.getByRole('link', { name: 'Go to the recorded traces' }).click();
    await expect(page).toHaveURL(/#timeline$/);
  });

  test('the concurrency cap: with every slot taken, the real 429 shows "limit reached" in the page\'s words', async ({ page }) => {
    const panel = await openS08(page);
    const config = await (await page.request.get('/api/config')).json();
    const taken: string[] = [];
    try {
      // Take every free slot (a run of an earlier test may still hold one): start runs until one is refused.
      for (let i = 0; i <= config.limits.maxConcurrentRuns; i++) {
        const res = await page.request.post('/api/runs', { data: { lesson: 's08', prompt: SLEEPS } });
        if (res.status() === 429) break;
        expect(res.status()).toBe(201);
        taken.push((await res.json()).id);
      }
      await panel.getByRole('button', { name: `Run the example: ${SLEEPS}` }).click();
      await expect(panel.getByRole('status')).toContainText(
        `Limit reached. This server runs at most ${config.limits.maxConcurrentRuns} live runs at once.`,
      );
      await expect(panel.getByRole('button', { name: `Run the example: ${SLEEPS}` })).toBeEnabled();
    } finally {
      for (const id of taken) await page.request.delete(`/api/runs/${id}`);
    }
  });
});

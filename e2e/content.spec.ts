// Lesson content on the page: the same section anchors in every language, code included from the real
// source, the code viewer's tabs and its diff against the previous lesson.
import { expect, test } from '@playwright/test';
import en from '../messages/en.json';
import { waitForHydration } from './helpers';

const SECTIONS = ['problem', 'picture', 'how-it-works', 'what-changed', 'why-this-design', 'try-it'];

for (const locale of ['en', 'zh', 'ja']) {
  test(`the ${locale} lesson text has the six sections with the shared anchors, in order`, async ({ page }) => {
    await page.goto(`/${locale}/lessons/s05`);
    const ids = await page.locator('#lesson-text article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(SECTIONS);
  });
}

test('a heading anchor links to its own section', async ({ page }) => {
  await page.goto('/en/lessons/s03');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Link to the section “How it works”' }).click();
  await expect(page).toHaveURL(/#how-it-works$/);
});

test('a <Code> include shows the real source region with its file and line numbers', async ({ page }) => {
  await page.goto('/en/lessons/s01');
  const figure = page.locator('#lesson-text figure').filter({ hasText: 'lib/agent/loop.ts, lines' }).first();
  await expect(figure.locator('pre')).toContainText('export async function runLoop(');
  await expect(figure.locator('pre')).not.toContainText('#region');
});

test('the code tabs follow the arrow keys and show one file at a time', async ({ page }) => {
  await page.goto('/en/lessons/s08');
  await waitForHydration(page);
  const tabs = page.locator('#lesson-code').getByRole('tab');
  await expect(tabs.first()).toHaveText('s08-background-tasks.ts');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  const second = tabs.nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(second).toBeFocused();
  await expect(page.locator('#lesson-code').getByRole('tabpanel')).toHaveCount(1);
  await page.keyboard.press('Home');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
});

test('the diff view marks added and removed lines in words, not only in colour', async ({ page }) => {
  await page.goto('/en/lessons/s02');
  await waitForHydration(page);
  const diffButton = page.getByRole('button', { name: en.code.diffVs.replace('{lesson}', 's01') });
  await diffButton.click();
  await expect(diffButton).toHaveAttribute('aria-pressed', 'true');
  const diff = page.getByLabel('Changes from lib/lessons/s01-agent-loop.ts to lib/lessons/s02-tool-use.ts');
  await expect(diff).toBeVisible();
  await expect(diff).toContainText(`${en.code.added} import { baseTools } from '../agent/tools/base';`);
  await expect(diff).toContainText(`${en.code.removed} import { bashTool } from '../agent/tools/bash';`);
});

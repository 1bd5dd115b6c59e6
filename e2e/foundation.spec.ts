// The site frame: language routing and switching, the pages, 404s, the phone layout, the theme.
import { expect, test } from '@playwright/test';
import en from '../messages/en.json';
import ja from '../messages/ja.json';
import zh from '../messages/zh.json';
import { PHONE, expectNoHorizontalOverflow, isSameDocument, markDocument, waitForHydration } from './helpers';

const MESSAGES = { en, zh, ja } as const;
const LANG = { en: 'en', zh: 'zh-Hans', ja: 'ja' } as const;

test.describe('language routing', () => {
  // The context's locale is what Chromium sends as Accept-Language.
  for (const [browserLocale, locale] of [
    ['ja-JP', 'ja'],
    ['zh-CN', 'zh'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
  ] as const) {
    test(`"/" sends a browser asking for ${browserLocale} to /${locale}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', LANG[locale]);
      await context.close();
    });
  }

  test('a remembered language (NEXT_LOCALE) wins over Accept-Language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: baseURL! }]);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await context.close();
  });
});

test('home lists the 11 lessons, grouped by layer, and starts at lesson 1', async ({ page }) => {
  await page.goto('/en');
  const lessons = page.getByRole('region', { name: en.home.lessonsTitle });
  await expect(lessons.getByRole('link')).toHaveCount(11);
  await expect(lessons.getByRole('heading', { level: 3 })).toHaveText(Object.values(en.layers));
  await expect(lessons.getByRole('link', { name: new RegExp(en.lessons.s08.motto) })).toBeVisible();
  await page.getByRole('link', { name: en.home.start }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/s01$/);
});

test.describe('lesson page', () => {
  for (const locale of ['en', 'zh', 'ja'] as const) {
    test(`s08 in ${locale} shows its localized title, motto and alternates`, async ({ page }) => {
      const m = MESSAGES[locale];
      await page.goto(`/${locale}/lessons/s08`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.lessons.s08.title);
      await expect(page.getByText(m.lessons.s08.motto)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', LANG[locale]);
      await expect(page).toHaveTitle(new RegExp(`^s08 · ${m.lessons.s08.title}`));
      // Each alternate names its own language's page; the canonical is this page, not another language's.
      for (const [tag, target] of [['en', 'en'], ['zh-Hans', 'zh'], ['ja', 'ja'], ['x-default', 'en']] as const) {
        const link = page.locator(`link[rel="alternate"][hreflang="${tag}"]`);
        await expect(link).toHaveCount(1);
        await expect(link).toHaveAttribute('href', new RegExp(`/${target}/lessons/s08$`));
      }
      const canonical = page.locator('link[rel="canonical"]');
      await expect(canonical).toHaveCount(1);
      await expect(canonical).toHaveAttribute('href', new RegExp(`/${locale}/lessons/s08$`));
    });
  }

  test('marks the tools new since the previous lesson and links to its neighbours', async ({ page }) => {
    await page.goto('/en/lessons/s08');
    const tools = page.getByRole('region', { name: en.lesson.tools });
    await expect(tools.getByRole('listitem')).toHaveCount(6);
    await expect(tools.locator('li[data-new]')).toHaveText([/background_run/, /check_background/]);
    const pager = page.getByRole('navigation', { name: en.lesson.pager });
    await expect(pager.getByRole('link', { name: new RegExp(en.lessons.s07.title) })).toHaveAttribute('href', '/en/lessons/s07');
    await expect(pager.getByRole('link', { name: new RegExp(en.lessons.s09.title) })).toHaveAttribute('href', '/en/lessons/s09');
  });
});

test('switching language keeps the page, query and hash, without a full reload, and is remembered', async ({ page }) => {
  await page.goto('/en/lessons/s08?x=1#h');
  await waitForHydration(page);
  await markDocument(page);
  const button = page.getByRole('button', { name: /^Language: English/ });
  const zhLink = page.getByRole('link', { name: zh.language.zh });
  // The links themselves carry the query and the hash, for a middle-click or "open in new tab"…
  await button.click();
  await expect(zhLink).toHaveAttribute('href', '/zh/lessons/s08?x=1#h');
  await button.click();
  // …as they are when the menu opens, not as they were when the page loaded.
  await page.evaluate(() => {
    window.history.replaceState(window.history.state, '', '/en/lessons/s08?x=2#h2');
  });
  await button.click();
  await expect(zhLink).toHaveAttribute('href', '/zh/lessons/s08?x=2#h2');
  await zhLink.click();
  await expect(page).toHaveURL(/\/zh\/lessons\/s08\?x=2#h2$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.lessons.s08.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  expect(await isSameDocument(page)).toBe(true);

  await page.goto('/');
  await expect(page).toHaveURL(/\/zh$/);
});

test.describe('404', () => {
  test.use({ colorScheme: 'dark' });

  test('an unknown lesson is a real 404 with a way back', async ({ page }) => {
    const response = await page.goto('/en/lessons/s99');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.notFound.title);
    await expect(page.getByRole('link', { name: en.notFound.home })).toHaveAttribute('href', '/en');
    // Next renders this 404 in the browser (see app/[locale]/[...rest]/page.tsx); the theme must still apply.
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  test('an address outside every language gets the server-rendered root 404', async ({ request }) => {
    const response = await request.get('/robots-old.txt');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain(en.notFound.title);
  });

  test('an unknown page is a 404 in the visitor’s language', async ({ page }) => {
    const response = await page.goto('/ja/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.notFound.title);
  });
});

test.describe('phone width (390 px)', () => {
  test.use({ viewport: PHONE });

  for (const path of ['/en', '/ja', '/en/lessons/s08', '/zh/lessons/s11']) {
    test(`${path} has no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      await expectNoHorizontalOverflow(page);
    });
  }

  test('the lesson menu is a dialog: opens from a named button, Escape closes it, a link navigates', async ({ page }) => {
    await page.goto('/en/lessons/s01');
    await waitForHydration(page);
    await page.getByRole('button', { name: en.nav.openMenu }).click();
    const dialog = page.getByRole('dialog', { name: en.nav.lessons });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('link', { name: /s01/ })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: en.nav.openMenu }).click();
    await dialog.getByRole('link', { name: new RegExp(en.lessons.s03.title) }).click();
    await expect(page).toHaveURL(/\/en\/lessons\/s03$/);
    await expect(dialog).toBeHidden();
  });
});

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle switches to dark, and dark survives a reload with no light frame', async ({ page }) => {
    await page.goto('/en');
    await waitForHydration(page);
    const html = page.locator('html');
    await expect(html).not.toHaveClass(/dark/);
    const toggle = page.getByRole('button', { name: /Color theme/ });
    await toggle.click(); // system → light
    await toggle.click(); // light → dark
    await expect(html).toHaveClass(/dark/);
    await expect(toggle).toHaveAttribute('data-theme-choice', 'dark');

    // The class must already be on <html> when <body> starts, i.e. before the app's scripts could run.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { __classAtBody: string }).__classAtBody = document.documentElement.className;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __classAtBody: string }).__classAtBody)).toContain('dark');
    await waitForHydration(page);
    await expect(toggle).toHaveAttribute('data-theme-choice', 'dark');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
  });

  test('"system" follows the operating system', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/en/lessons/s01');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await context.close();
  });
});

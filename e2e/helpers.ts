// Shared e2e helpers: waiting for the page to become interactive, and the phone-width layout check.
import { expect, type Page } from '@playwright/test';

/** The phone width the layout must fit without horizontal scrolling. */
export const PHONE = { width: 390, height: 844 };

/**
 * Resolves once React has hydrated the header, i.e. its controls respond to clicks. A click before that
 * would hit server HTML only (a link would do a full page load, a button nothing).
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const button = document.querySelector('header button');
    return !!button && Object.keys(button).some((key) => key.startsWith('__reactProps'));
  });
}

/** The page is no wider than the viewport: nothing pokes out to the side. */
export async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, viewportWidth, offender } = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const sw = document.documentElement.scrollWidth;
    if (sw <= vw) return { scrollWidth: sw, viewportWidth: vw, offender: '' };
    // Name the element that sticks out (ignoring content inside its own scroll box), so a failure says where to look.
    const scrolls = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    const insideScrollBox = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    const culprit = [...document.querySelectorAll('body *')].find(
      (el) => el.getBoundingClientRect().right > vw + 1 && !insideScrollBox(el),
    );
    const name = culprit ? `${culprit.tagName.toLowerCase()}${culprit.id ? `#${culprit.id}` : ''} "${culprit.className}"` : '?';
    return { scrollWidth: sw, viewportWidth: vw, offender: name };
  });
  expect(scrollWidth, `page is wider than the viewport; sticking out: ${offender}`).toBeLessThanOrEqual(viewportWidth);
}

/** Marks the current document, so a test can tell a client-side navigation from a full reload. */
export async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
}

export async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

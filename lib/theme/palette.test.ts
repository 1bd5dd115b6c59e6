// The colour tokens in app/globals.css: every text colour must stay readable (WCAG AA, 4.5:1) on every
// surface it may sit on, in light and in dark mode. Guards anyone retuning the palette.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8');

function tokens(selector: string): Record<string, string> {
  const body = new RegExp(`${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = ['fg', 'fg-muted', 'fg-subtle', 'accent', 'ok', 'warn', 'danger', 'info'];
const SURFACES = [
  'bg', 'bg-subtle', 'surface', 'surface-muted', 'accent-soft', 'code-bg',
  'ok-soft', 'warn-soft', 'danger-soft', 'info-soft',
];

describe.each([
  ['light', ':root'],
  ['dark', '.dark'],
])('%s palette', (_, selector) => {
  const palette = tokens(selector);

  it('defines every token', () => {
    expect(Object.keys(palette)).toEqual(expect.arrayContaining([...TEXT, ...SURFACES, 'accent-fg', 'accent-strong']));
  });

  it('keeps every text colour at 4.5:1 or better on every surface', () => {
    const failing = TEXT.flatMap((text) =>
      SURFACES.filter((surface) => contrast(palette[text], palette[surface]) < 4.5).map(
        (surface) => `${text} on ${surface}: ${contrast(palette[text], palette[surface]).toFixed(2)}`,
      ),
    );
    expect(failing).toEqual([]);
  });

  it('keeps button text readable on the accent and its hover shade', () => {
    expect(contrast(palette['accent-fg'], palette.accent)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette['accent-fg'], palette['accent-strong'])).toBeGreaterThanOrEqual(4.5);
  });
});

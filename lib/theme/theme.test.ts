import { describe, expect, it } from 'vitest';
import { THEME_BOOT_SCRIPT, nextThemeChoice, parseThemeChoice, resolveTheme, type ThemeChoice } from './theme';

describe('theme choice', () => {
  it('treats nothing stored, or an unknown value, as "follow the system"', () => {
    expect(parseThemeChoice(null)).toBe('system');
    expect(parseThemeChoice('sepia')).toBe('system');
    expect(parseThemeChoice('dark')).toBe('dark');
  });

  it('follows the system only when the choice is "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('cycles through all three choices and comes back', () => {
    const seen: ThemeChoice[] = [];
    let choice: ThemeChoice = 'system';
    for (let i = 0; i < 3; i++) seen.push((choice = nextThemeChoice(choice)));
    expect(seen).toEqual(['light', 'dark', 'system']);
  });
});

/** Runs the inline script against a stand-in page: what <html> looks like before the first paint. */
function bootWith(stored: string | null, systemDark: boolean) {
  const classes = new Set<string>();
  const attrs: Record<string, string> = {};
  const html = {
    classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) },
    style: { colorScheme: '' },
    setAttribute: (name: string, value: string) => (attrs[name] = value),
  };
  const window = { matchMedia: () => ({ matches: systemDark }) };
  const localStorage = { getItem: () => stored };
  new Function('window', 'document', 'localStorage', THEME_BOOT_SCRIPT)(window, { documentElement: html }, localStorage);
  return { dark: classes.has('dark'), colorScheme: html.style.colorScheme, choice: attrs['data-theme-choice'] };
}

describe('pre-paint theme script', () => {
  it('agrees with resolveTheme for every stored choice and system preference', () => {
    for (const stored of [null, 'system', 'light', 'dark', 'bogus']) {
      for (const systemDark of [false, true]) {
        const expected = resolveTheme(parseThemeChoice(stored), systemDark);
        const page = bootWith(stored, systemDark);
        expect(page.dark).toBe(expected === 'dark');
        expect(page.colorScheme).toBe(expected);
        expect(page.choice).toBe(parseThemeChoice(stored));
      }
    }
  });

  it('leaves the page alone instead of throwing when storage is blocked', () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); } };
    expect(() => new Function('localStorage', THEME_BOOT_SCRIPT)(blocked)).not.toThrow();
  });
});

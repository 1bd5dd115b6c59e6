// Light, dark or "follow the system": the visitor's choice, where it is kept, and the page theme it gives.
// Pure, so the header toggle, the pre-paint script and the tests agree on one rule.

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

/** The localStorage key that remembers the choice across visits. */
export const THEME_STORAGE_KEY = 'theme';

/** Anything not a known choice (nothing stored, an old value, a hand edit) means "follow the system". */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(stored ?? '') ? (stored as ThemeChoice) : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  switch (choice) {
    case 'light':
    case 'dark':
      return choice;
    case 'system':
      return systemPrefersDark ? 'dark' : 'light';
    default: {
      const unreachable: never = choice;
      return unreachable;
    }
  }
}

/** The toggle cycles system → light → dark → system. */
export function nextThemeChoice(choice: ThemeChoice): ThemeChoice {
  return THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length];
}

/**
 * Runs inline in <head> before the first paint, so a dark-mode visitor never sees a white flash.
 * It repeats parseThemeChoice + resolveTheme in plain ES5 because it cannot import anything.
 */
export const THEME_BOOT_SCRIPT = `(function(){try{var c=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
if(c!=='light'&&c!=='dark')c='system';
var d=c==='dark'||(c==='system'&&window.matchMedia('(prefers-color-scheme: dark)').matches);
var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light';
e.setAttribute('data-theme-choice',c);}catch(_){}})();`;

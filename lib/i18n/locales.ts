// The site's languages. Pure data: routing, metadata and the switcher all read it from here.

export const LOCALES = ['en', 'zh', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tag for <html lang> and hreflang: "zh" is Simplified Chinese here, and saying so picks the right glyphs. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans', ja: 'ja' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Remembers an explicit language choice; the proxy reads it before Accept-Language. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
/** A year: a chosen language survives closing the browser (next-intl's default is a session cookie). */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

// hreflang alternates for one page: the same path in every locale, so search engines link the translations.
import { DEFAULT_LOCALE, LANGUAGE_TAG, LOCALES, type Locale } from './locales';

/** `path` is the page's path after the locale ('' for home, '/lessons/s08' for a lesson). */
export function languageAlternates(locale: Locale, path: string) {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[LANGUAGE_TAG[l]] = `/${l}${path}`;
  languages['x-default'] = `/${DEFAULT_LOCALE}${path}`;
  return { canonical: `/${locale}${path}`, languages };
}

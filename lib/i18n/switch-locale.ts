// Switching language keeps the visitor where they are: same page, same query, same hash. Pure.
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from './locales';

/**
 * The current page in another locale. `pathname` is the path after the locale ('/' for home).
 * '/lessons/s08', '?x=1', '#h' in zh → '/zh/lessons/s08?x=1#h'.
 */
export function localeSwitchHref(locale: Locale, pathname: string, search: string, hash: string): string {
  const path = pathname === '/' ? '' : pathname;
  return `/${locale}${path}${search}${hash}`;
}

/**
 * The cookie that remembers the choice. Set from the browser because a client-side switch may never
 * reach the proxy (the router can serve the page from its cache).
 */
export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
}

import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { withFallback, type Messages } from '@/lib/i18n/with-fallback';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const english = (await import('../messages/en.json')).default as Messages;
  const own =
    locale === routing.defaultLocale ? english : ((await import(`../messages/${locale}.json`)).default as Messages);
  return {
    locale,
    // A key missing in this locale shows the English string rather than a raw key.
    messages: withFallback(own, english),
  };
});

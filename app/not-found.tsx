import NotFoundContent from '@/components/layout/NotFoundContent';
import ThemeScript from '@/components/layout/ThemeScript';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import en from '@/messages/en.json';

// Reached only outside any locale (the proxy sends everything else to a localized 404), so: English.
export default function RootNotFound() {
  return (
    <html lang={DEFAULT_LOCALE} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <title>{`${en.notFound.title} · ${en.common.courseTitle}`}</title>
      </head>
      <body>
        <NotFoundContent text={en.notFound} locale={DEFAULT_LOCALE} />
      </body>
    </html>
  );
}

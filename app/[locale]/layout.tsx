import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import SiteHeader from '@/components/layout/SiteHeader';
import ThemeScript from '@/components/layout/ThemeScript';
import { routing } from '@/i18n/routing';
import { LANGUAGE_TAG } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site-url';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// Only en, zh and ja exist: any other first segment is answered by the prerendered root 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    metadataBase: siteUrl(),
    title: { default: t('courseTitle'), template: `%s · ${t('courseTitle')}` },
    description: t('courseTagline'),
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1115' },
  ],
};

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('common');
  return (
    // The theme script sets a class on <html> before React hydrates; that difference is expected.
    <html lang={LANGUAGE_TAG[locale]} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-dvh">
        <NextIntlClientProvider>
          <a
            href="#main"
            className="sr-only z-50 rounded-lg bg-accent px-4 py-2 text-accent-fg focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
          >
            {t('skipToContent')}
          </a>
          <SiteHeader />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

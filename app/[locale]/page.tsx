import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import FeatureGrid from '@/components/home/FeatureGrid';
import HomeHero from '@/components/home/HomeHero';
import LessonsByLayer from '@/components/home/LessonsByLayer';
import { routing } from '@/i18n/routing';
import { languageAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'home' });
  return { description: t('metaDescription'), alternates: languageAlternates(locale, '') };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <main id="main">
      <HomeHero />
      <FeatureGrid />
      <LessonsByLayer />
    </main>
  );
}

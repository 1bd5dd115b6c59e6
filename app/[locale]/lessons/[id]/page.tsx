import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import LessonCode from '@/components/code/LessonCode';
import LessonHeader from '@/components/lesson/LessonHeader';
import LessonPager from '@/components/lesson/LessonPager';
import LessonSection from '@/components/lesson/LessonSection';
import LessonText from '@/components/lesson/LessonText';
import LessonPlayer from '@/components/player/LessonPlayer';
import RunPanel from '@/components/run/RunPanel';
import { routing } from '@/i18n/routing';
import { languageAlternates } from '@/lib/i18n/alternates';
import { LESSON_IDS, isLessonId } from '@/lib/lessons/registry';

type Props = { params: Promise<{ locale: string; id: string }> };

// 3 locales × 11 lessons, all built ahead; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return LESSON_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale) || !isLessonId(id)) return {};
  const t = await getTranslations({ locale });
  return {
    title: t('lesson.metaTitle', { id, title: t(`lessons.${id}.title`) }),
    description: t(`lessons.${id}.summary`),
    alternates: languageAlternates(locale, `/lessons/${id}`),
  };
}

export default async function LessonPage({ params }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale) || !isLessonId(id)) notFound();
  setRequestLocale(locale);
  return (
    <main id="main" className="px-4 py-8 sm:px-6 lg:px-10 lg:py-12">
      <LessonHeader lessonId={id} />
      <div className="mt-12 grid gap-16 2xl:grid-cols-2 2xl:gap-10">
        <LessonSection section="text" hideTitle className="max-w-3xl">
          <LessonText lessonId={id} locale={locale} />
        </LessonSection>
        {/* Beside the prose on very wide screens, the code stays in view and scrolls on its own. */}
        <LessonSection
          section="code"
          className="2xl:sticky 2xl:top-20 2xl:max-h-[calc(100dvh-6rem)] 2xl:self-start 2xl:overflow-y-auto"
        >
          <LessonCode lessonId={id} locale={locale} />
        </LessonSection>
      </div>
      <LessonSection section="timeline" className="mt-16 border-t border-line pt-12">
        <LessonPlayer lessonId={id} locale={locale} />
        <LessonSection section="run" level={3} className="mt-12">
          <RunPanel lessonId={id} />
        </LessonSection>
      </LessonSection>
      <LessonPager lessonId={id} />
    </main>
  );
}

// A lesson's prose in the page's locale (English, with a visible notice, when that locale has none).
// Server component: the MDX is compiled and its code highlighted at build time.
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { compileLesson, loadLessonSource } from '@/lib/content/lessons';
import type { LessonId } from '@/lib/lessons/registry';
import { lessonComponents } from './mdx-components';

export default async function LessonText({ lessonId, locale }: { lessonId: LessonId; locale: string }) {
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'text' });
  const text = await loadLessonSource(lessonId, locale);
  const Content = await compileLesson(text.source);
  const components = lessonComponents({
    anchor: (title) => t('anchor', { title }),
    callout: { note: t('callout.note'), tip: t('callout.tip'), warning: t('callout.warning') },
    lines: (file, from, to) =>
      t.rich('lines', { file, from, to, path: (chunks) => <span className="font-mono">{chunks}</span> }),
  });
  return (
    <div className="flex flex-col gap-6">
      {text.isFallback && (
        <p role="note" className="rounded-lg border border-warn bg-warn-soft px-4 py-3 text-sm text-fg">
          {t('fallback')}
        </p>
      )}
      <article className="prose" lang={text.locale}>
        <Content components={components} />
      </article>
    </div>
  );
}

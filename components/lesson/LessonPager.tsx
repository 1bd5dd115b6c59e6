import { getTranslations } from 'next-intl/server';
import { ArrowLeftIcon, ArrowRightIcon } from '@/components/layout/icons';
import { Link } from '@/i18n/navigation';
import { nextLesson, previousLesson, type LessonId } from '@/lib/lessons/registry';

/** Previous / next lesson at the foot of a lesson page. */
export default async function LessonPager({ lessonId }: { lessonId: LessonId }) {
  const t = await getTranslations();
  const prev = previousLesson(lessonId);
  const next = nextLesson(lessonId);
  const card = 'group flex flex-col gap-1 rounded-xl border border-line p-4 hover:border-accent hover:bg-bg-subtle';
  return (
    <nav aria-label={t('lesson.pager')} className="mt-16 grid gap-4 border-t border-line pt-8 sm:grid-cols-2">
      {prev && (
        <Link href={`/lessons/${prev.id}`} rel="prev" className={card}>
          <span className="flex items-center gap-1.5 text-sm text-fg-muted group-hover:text-accent">
            <ArrowLeftIcon width={16} height={16} /> {t('lesson.previous')}
          </span>
          <span className="font-semibold">
            <span className="font-mono text-fg-subtle">{prev.id}</span> {t(`lessons.${prev.id}.title`)}
          </span>
        </Link>
      )}
      {next && (
        <Link href={`/lessons/${next.id}`} rel="next" className={`${card} items-end text-right sm:col-start-2`}>
          <span className="flex items-center gap-1.5 text-sm text-fg-muted group-hover:text-accent">
            {t('lesson.next')} <ArrowRightIcon width={16} height={16} />
          </span>
          <span className="font-semibold">
            <span className="font-mono text-fg-subtle">{next.id}</span> {t(`lessons.${next.id}.title`)}
          </span>
        </Link>
      )}
    </nav>
  );
}

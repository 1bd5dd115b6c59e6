import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { previousLesson, toolDiff, type Lesson } from '@/lib/lessons/registry';

export default async function LessonCard({ lesson }: { lesson: Lesson }) {
  const t = await getTranslations();
  // The first lesson has nothing to compare with; its tools are simply "the tools".
  const added = previousLesson(lesson.id) ? toolDiff(lesson.id).added : [];
  return (
    <Link
      href={`/lessons/${lesson.id}`}
      className="group flex h-full flex-col rounded-xl border border-line bg-surface p-5 transition-colors hover:border-accent hover:bg-bg-subtle"
    >
      <span className="w-fit rounded-md bg-surface-muted px-2 py-0.5 font-mono text-xs font-semibold text-fg-muted group-hover:bg-accent-soft group-hover:text-accent">
        {lesson.id}
      </span>
      <span className="mt-3 text-lg font-semibold tracking-tight">{t(`lessons.${lesson.id}.title`)}</span>
      <span className="mt-1.5 text-sm leading-relaxed text-fg-muted">{t(`lessons.${lesson.id}.motto`)}</span>
      {added.length > 0 && (
        <span className="mt-auto pt-4 text-xs text-fg-subtle">
          {t('home.newTools', { tools: added.join(', ') })}
        </span>
      )}
    </Link>
  );
}

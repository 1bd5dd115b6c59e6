import { getTranslations } from 'next-intl/server';
import { LESSON_IDS, getLesson, previousLesson, toolDiff, type LessonId } from '@/lib/lessons/registry';
import { LESSON_SECTIONS } from './sections';

/** Who the lesson is: id, place in the course, layer, title, motto, and the tools it changes. */
export default async function LessonHeader({ lessonId }: { lessonId: LessonId }) {
  const t = await getTranslations();
  const lesson = getLesson(lessonId);
  const prev = previousLesson(lessonId);
  const { added, removed } = toolDiff(lessonId);
  // The first lesson has no predecessor: nothing is "new", its tools are where the course starts.
  const isNew = (tool: string) => prev !== undefined && added.includes(tool);

  return (
    <header className="max-w-3xl">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-fg-muted">
        <span className="rounded-md bg-accent-soft px-2 py-0.5 font-mono font-semibold text-accent">{lesson.id}</span>
        <span>{t('lesson.position', { number: LESSON_IDS.indexOf(lessonId) + 1, total: LESSON_IDS.length })}</span>
        <span aria-hidden="true">·</span>
        <span>{t('lesson.layer', { layer: t(`layers.${lesson.layer}`) })}</span>
      </p>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-balance sm:text-4xl">
        {t(`lessons.${lessonId}.title`)}
      </h1>
      <p className="mt-3 text-xl leading-snug text-pretty text-fg-muted">{t(`lessons.${lessonId}.motto`)}</p>
      <p className="mt-4 leading-relaxed text-pretty">{t(`lessons.${lessonId}.summary`)}</p>

      <section aria-labelledby="tools-title" className="mt-6 rounded-xl border border-line bg-bg-subtle p-4">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="tools-title" className="text-sm font-semibold">{t('lesson.tools')}</h2>
          <p className="text-xs text-fg-subtle">
            {prev ? t('lesson.toolsCompared', { id: prev.id }) : t('lesson.firstLesson')}
          </p>
        </div>
        <ul className="mt-3 flex flex-wrap gap-2">
          {lesson.tools.map((tool) => (
            <li key={tool} data-new={isNew(tool) || undefined} className="group">
              <span className="inline-flex items-center gap-1.5 rounded-md border border-line bg-surface px-2 py-1 font-mono text-xs text-fg group-data-new:border-accent group-data-new:bg-accent-soft">
                {tool}
                {isNew(tool) && (
                  <span className="rounded bg-accent px-1 font-sans text-[0.65rem] font-semibold uppercase leading-4 tracking-wide text-accent-fg">
                    <span aria-hidden="true">{t('lesson.newBadge')}</span>
                    <span className="sr-only">{t('lesson.newTool')}</span>
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
        {removed.length > 0 && (
          <p className="mt-3 text-sm text-fg-muted">
            {t('lesson.removed', { tools: removed.join(', ') })}
          </p>
        )}
        {prev && added.length === 0 && removed.length === 0 && (
          <p className="mt-3 text-sm text-fg-muted">{t('lesson.sameTools', { id: prev.id })}</p>
        )}
      </section>

      <nav aria-labelledby="on-this-page" className="mt-6 flex flex-wrap items-center gap-2 text-sm">
        <h2 id="on-this-page" className="mr-1 text-fg-subtle">{t('lesson.onThisPage')}</h2>
        {LESSON_SECTIONS.map((s) => (
          <a
            key={s.id}
            href={`#${s.id}`}
            className="rounded-full border border-line px-3 py-1 text-fg-muted hover:border-accent hover:text-accent"
          >
            {t(`lesson.sections.${s.key}`)}
          </a>
        ))}
      </nav>
    </header>
  );
}

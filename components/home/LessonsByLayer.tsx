import { getTranslations } from 'next-intl/server';
import { LAYERS, LESSONS } from '@/lib/lessons/registry';
import LessonCard from './LessonCard';

/** All lessons, grouped under the layer of the agent each one builds (registry LAYERS order). */
export default async function LessonsByLayer() {
  const t = await getTranslations();
  return (
    <section id="lessons" aria-labelledby="lessons-title" className="border-t border-line bg-bg-subtle">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="lessons-title" className="text-2xl font-bold tracking-tight">{t('home.lessonsTitle')}</h2>
        <p className="mt-2 text-fg-muted">{t('home.lessonsLead')}</p>
        <div className="mt-10 space-y-12">
          {LAYERS.map((layer) => {
            const lessons = LESSONS.filter((l) => l.layer === layer);
            return (
              <div key={layer} className="grid gap-4 lg:grid-cols-[14rem_1fr] lg:gap-8">
                <div>
                  <h3 className="text-lg font-semibold">{t(`layers.${layer}`)}</h3>
                  <p className="mt-1 text-sm leading-relaxed text-fg-muted">{t(`home.layerBlurb.${layer}`)}</p>
                </div>
                <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
                  {lessons.map((lesson) => (
                    <li key={lesson.id}>
                      <LessonCard lesson={lesson} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

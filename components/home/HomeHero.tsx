import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LOCALES } from '@/lib/i18n/locales';
import { LAYERS, LESSONS } from '@/lib/lessons/registry';

export default async function HomeHero() {
  const t = await getTranslations('home');
  const stats = [
    { value: LESSONS.length, label: t('statLessons') },
    { value: LAYERS.length, label: t('statLayers') },
    { value: LOCALES.length, label: t('statLanguages') },
  ];
  return (
    <section aria-labelledby="home-title" className="relative overflow-hidden border-b border-line">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 bg-[radial-gradient(60rem_30rem_at_15%_-10%,var(--accent-soft),transparent_70%)]"
      />
      <div className="relative mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 sm:py-24 lg:grid-cols-[1.5fr_1fr]">
        <div>
          <p className="text-sm font-semibold text-accent">{t('eyebrow', { count: LESSONS.length })}</p>
          <h1 id="home-title" className="mt-3 text-4xl font-bold tracking-tight text-balance sm:text-5xl">
            {t('title')}
          </h1>
          <p className="mt-6 max-w-2xl text-lg leading-relaxed text-pretty text-fg-muted">{t('lead')}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href="/lessons/s01"
              className="rounded-lg bg-accent px-5 py-3 text-sm font-semibold text-accent-fg shadow-sm hover:bg-accent-strong"
            >
              {t('start')}
            </Link>
            <a
              href="#lessons"
              className="rounded-lg border border-line-strong bg-surface px-5 py-3 text-sm font-semibold hover:bg-surface-muted"
            >
              {t('browse')}
            </a>
          </div>
        </div>
        <aside aria-labelledby="glance-title" className="rounded-2xl border border-line bg-surface p-6 shadow-sm">
          <h2 id="glance-title" className="text-sm font-semibold text-fg-muted">{t('atAGlance')}</h2>
          <dl className="mt-5 grid grid-cols-3 gap-4">
            {stats.map((s) => (
              <div key={s.label} className="flex flex-col-reverse">
                <dt className="mt-1 text-sm text-fg-muted">{s.label}</dt>
                <dd className="text-3xl font-bold tracking-tight">{s.value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-6 border-t border-line pt-5 text-sm leading-relaxed text-fg-muted">{t('statOffline')}</p>
        </aside>
      </div>
    </section>
  );
}

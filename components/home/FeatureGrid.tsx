import { getTranslations } from 'next-intl/server';
import { BookIcon, CodeIcon, PlayIcon, TimelineIcon } from '@/components/layout/icons';

const FEATURES = [
  { key: 'read', Icon: BookIcon },
  { key: 'code', Icon: CodeIcon },
  { key: 'trace', Icon: TimelineIcon },
  { key: 'live', Icon: PlayIcon },
] as const;

export default async function FeatureGrid() {
  const t = await getTranslations('home');
  return (
    <section aria-labelledby="features-title" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
      <h2 id="features-title" className="text-2xl font-bold tracking-tight">{t('featuresTitle')}</h2>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {FEATURES.map(({ key, Icon }) => (
          <li key={key} className="rounded-xl border border-line bg-surface p-5">
            <span className="inline-flex size-10 items-center justify-center rounded-lg bg-accent-soft text-accent">
              <Icon />
            </span>
            <h3 className="mt-4 font-semibold">{t(`features.${key}Title`)}</h3>
            <p className="mt-2 text-sm leading-relaxed text-fg-muted">{t(`features.${key}Body`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

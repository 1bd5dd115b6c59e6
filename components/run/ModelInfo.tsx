'use client';
import { useTranslations } from 'next-intl';
import type { LiveConfigView } from '@/lib/live/api-types';
import type { RunMode } from '@/lib/timeline/events';

interface Props {
  /** The model of the run on show, if any; otherwise the one a new run would use. */
  run: { model: string; mode: RunMode } | null;
  config: LiveConfigView | 'unknown' | null;
}

/** Which model answers: the built-in scripted one or Claude through the API, said plainly. */
export default function ModelInfo({ run, config }: Props) {
  const t = useTranslations('run');
  const shown = run ?? (config && config !== 'unknown' ? config : null);
  if (!shown) {
    return <p className="text-sm text-fg-subtle">{config === null ? t('modelLoading') : t('modelUnknown')}</p>;
  }
  const scripted = shown.mode === 'scripted';
  return (
    <dl className={`rounded-lg border px-3 py-2 text-sm ${scripted ? 'border-line bg-surface-muted' : 'border-info bg-info-soft'}`}>
      <div className="flex gap-2">
        <dt className="text-fg-subtle">{t('modelLabel')}</dt>
        <dd className="font-mono font-semibold">{shown.model}</dd>
      </div>
      <div className="flex gap-2">
        <dt className="text-fg-subtle">{t('modeLabel')}</dt>
        <dd>{t(scripted ? 'mode.scripted' : 'mode.api')}</dd>
      </div>
    </dl>
  );
}

'use client';
// s06: how big the main conversation is now (against the run's peak) and every compaction so far.
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { Compaction } from '@/lib/timeline/state';
import { Empty, Panel } from './Panel';

export const ContextPanel = memo(function ContextPanel({ tokens, peak, compactions }: { tokens: number; peak: number; compactions: Compaction[] }) {
  const t = useTranslations('player.panels.context');
  const share = Math.min(tokens / peak, 1);
  return (
    <Panel id="context" title={t('title')} note={t('note')}>
      <div
        role="meter" aria-label={t('gauge')} aria-valuemin={0} aria-valuemax={peak} aria-valuenow={Math.min(tokens, peak)}
        aria-valuetext={t('value', { tokens, peak })} className="h-3 overflow-hidden rounded-full bg-surface-muted"
      >
        <div className="h-full rounded-full bg-accent" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="mt-1 font-mono text-xs text-fg-muted">{t('value', { tokens, peak })}</p>
      <h4 className="mt-3 text-xs font-semibold text-fg">{t('compactions')}</h4>
      {compactions.length === 0 ? <Empty>{t('empty')}</Empty> : (
        <ol className="mt-1 flex flex-col gap-1">
          {compactions.map((c) => (
            <li key={c.seq} className="flex flex-wrap items-baseline gap-x-2 text-xs">
              <span className="rounded bg-info-soft px-1.5 py-px font-semibold text-info">{t(`layer.${c.layer}`)}</span>
              <span className="font-mono text-fg">{t('shrank', { before: c.tokensBefore, after: c.tokensAfter })}</span>
              <span className="font-mono text-fg-subtle">{c.actor}</span>
              {c.transcriptPath && <span className="font-mono text-fg-subtle">→ {c.transcriptPath}</span>}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
});

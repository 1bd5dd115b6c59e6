'use client';
// Which run is shown and where it came from, the trace picker, and saving/opening trace files.
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef } from 'react';
import { clip } from '@/lib/live/event-summary';
import type { RecordedTrace } from '@/lib/player/recorded';
import type { TraceHeader } from '@/lib/timeline/trace-header';
import type { TraceSource } from '@/lib/store/timeline-store';
import { DownloadIcon, OpenIcon } from './icons';

interface Props {
  traces: readonly RecordedTrace[];
  source: TraceSource | null;
  header: TraceHeader | null;
  canSave: boolean;
  onPick(name: string): void;
  onSave(): void;
  onOpen(file: File): void;
}

const action =
  'inline-flex h-8 items-center gap-1.5 rounded-lg border border-line-strong bg-surface px-2.5 text-sm font-medium text-fg hover:bg-surface-muted disabled:opacity-40';

export function TraceBar({ traces, source, header, canSave, onPick, onSave, onOpen }: Props) {
  const t = useTranslations('player.trace');
  const format = useFormatter();
  const pickerId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const current = source?.kind === 'recorded' ? source.name : '';

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <span
          data-testid="trace-source"
          className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${source?.kind === 'live' ? 'bg-danger-soft text-danger' : source?.kind === 'file' ? 'bg-info-soft text-info' : 'bg-accent-soft text-accent'}`}
        >
          {source ? t(`source.${source.kind}`) : t('source.none')}
        </span>
        {source?.kind === 'file' && <span className="font-mono text-xs text-fg-muted">{source.name}</span>}
        {traces.length > 1 && (
          <span className="flex min-w-0 items-center gap-2">
            <label htmlFor={pickerId} className="text-xs font-medium text-fg-muted">{t('picker')}</label>
            <select
              id={pickerId} value={current} onChange={(e) => e.target.value && onPick(e.target.value)}
              className="max-w-[min(28rem,70vw)] truncate rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-fg"
            >
              {current === '' && <option value="">{t('notRecorded')}</option>}
              {traces.map((tr) => <option key={tr.name} value={tr.name}>{clip(tr.header.prompt, 70)}</option>)}
            </select>
          </span>
        )}
        <span className="ml-auto flex items-center gap-2">
          <button type="button" className={action} onClick={onSave} disabled={!canSave}>
            <DownloadIcon width={16} height={16} /> {t('download')}
          </button>
          <button type="button" className={action} onClick={() => fileInput.current?.click()}>
            <OpenIcon width={16} height={16} /> {t('open')}
          </button>
          <input
            ref={fileInput} type="file" accept=".jsonl,.ndjson,application/x-ndjson,application/json,text/plain" className="sr-only"
            aria-label={t('open')} tabIndex={-1} data-testid="trace-file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onOpen(file);
              e.target.value = '';
            }}
          />
        </span>
      </div>
      {header && (
        <div className="min-w-0">
          <p className="text-base font-medium break-words text-fg" data-testid="trace-prompt">“{header.prompt}”</p>
          <p className="mt-0.5 text-xs text-fg-subtle">
            {header.mode === 'scripted' ? t('scripted') : t('api', { model: header.model })}
            {' · '}
            {t('recordedAt', { date: format.dateTime(new Date(header.recordedAt), { dateStyle: 'medium', timeZone: 'UTC' }) })}
          </p>
        </div>
      )}
    </div>
  );
}

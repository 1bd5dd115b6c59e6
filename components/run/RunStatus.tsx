'use client';
import { useTranslations } from 'next-intl';
import type { LiveStatus } from '@/lib/store/timeline-store';
import type { RunOutcome } from '@/lib/timeline/events';

const TONE: Record<LiveStatus, string> = {
  idle: 'border-line bg-surface-muted text-fg-muted',
  starting: 'border-info bg-info-soft text-info',
  connecting: 'border-info bg-info-soft text-info',
  running: 'border-info bg-info-soft text-info',
  finished: 'border-ok bg-ok-soft text-ok',
  cancelled: 'border-warn bg-warn-soft text-warn',
  limit: 'border-warn bg-warn-soft text-warn',
  off: 'border-warn bg-warn-soft text-warn',
  failed: 'border-danger bg-danger-soft text-danger',
  error: 'border-danger bg-danger-soft text-danger',
};

interface Props {
  status: LiveStatus;
  message: string | null;
  outcome: RunOutcome | null;
  /** The server's cap on concurrent runs, for the "limit reached" explanation (0: not known). */
  maxRuns: number;
}

/** The run's state in words (announced politely), coloured by tone but never by colour alone. */
export default function RunStatus({ status, message, outcome, maxRuns }: Props) {
  const t = useTranslations('run');
  // An error without a server message is a stream that could not be re-established; a limit is explained
  // in the page's language rather than in the server's English.
  const detail = message ?? (status === 'error' ? t('connectionLost') : status === 'limit' ? t('limitHelp', { max: maxRuns }) : null);
  const busy = status === 'starting' || status === 'connecting' || status === 'running';
  return (
    <div role="status" className={`flex items-start gap-2 rounded-lg border px-3 py-2 text-sm ${TONE[status]}`}>
      {busy && (
        <span aria-hidden="true" className="mt-1.5 inline-block size-2 shrink-0 rounded-full bg-current motion-safe:animate-pulse" />
      )}
      <p>
        <span className="font-semibold">{t(`status.${status}`, { outcome: outcome ?? 'completed' })}</span>
        {detail && <span className="break-words"> {detail}</span>}
      </p>
    </div>
  );
}

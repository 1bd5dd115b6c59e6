'use client';
// s10: every protocol request (shutdown, plan approval) and where its state machine stands.
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { RequestStatus } from '@/lib/timeline/events';
import type { RunState } from '@/lib/timeline/state';
import { Empty, Panel } from './Panel';

const STATUS: Record<RequestStatus, { symbol: string; className: string }> = {
  pending: { symbol: '…', className: 'bg-warn-soft text-warn' },
  approved: { symbol: '✓', className: 'bg-ok-soft text-ok' },
  rejected: { symbol: '✕', className: 'bg-danger-soft text-danger' },
};

export const ProtocolPanel = memo(function ProtocolPanel({ requests }: { requests: RunState['requests'] }) {
  const t = useTranslations('player.panels.protocols');
  const list = Object.values(requests);
  return (
    <Panel id="protocols" title={t('title')} note={t('note')}>
      {list.length === 0 ? <Empty>{t('empty')}</Empty> : (
        <ul className="flex flex-col gap-2">
          {list.map((r) => (
            <li key={r.requestId} className="rounded-lg border border-line bg-bg-subtle p-2 text-xs">
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-semibold text-fg">{t(`kind.${r.kind}`)}</span>
                <span className="font-mono text-fg-subtle">{r.requestId}</span>
                <span className="text-fg-muted">{r.from} → {r.to}</span>
                <span className={`ml-auto rounded-full px-2 py-px font-semibold ${STATUS[r.status].className}`}>{STATUS[r.status].symbol} {t(`status.${r.status}`)}</span>
              </p>
              <p className="mt-1 whitespace-pre-wrap text-fg">{r.content}</p>
              {r.reason && <p className="mt-1 text-fg-muted">{t('reason', { reason: r.reason })}</p>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
});

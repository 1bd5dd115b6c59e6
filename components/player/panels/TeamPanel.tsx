'use client';
// s09: the team roster with each teammate's status and unread mail, and the mail sent so far.
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { RunState } from '@/lib/timeline/state';
import { MATE_STYLE } from '../lane-styles';
import { Empty, Panel } from './Panel';

const SHOWN_MAIL = 40;

export const TeamPanel = memo(function TeamPanel({ mates, mail }: { mates: RunState['mates']; mail: RunState['mail'] }) {
  const t = useTranslations('player.panels.team');
  const tl = useTranslations('player.lanes');
  const roster = Object.values(mates);
  const recent = mail.slice(-SHOWN_MAIL);
  return (
    <Panel id="team" title={t('title')}>
      {roster.length === 0 ? <Empty>{t('empty')}</Empty> : (
        <ul className="flex flex-col gap-1.5">
          {roster.map((mate) => (
            <li key={mate.name} className="flex flex-wrap items-baseline gap-x-2 text-sm">
              <span className="font-semibold text-fg">{mate.name}</span>
              <span className="text-xs text-fg-muted">{mate.role}</span>
              <span className={`text-xs font-medium ${MATE_STYLE[mate.status].text}`}>{MATE_STYLE[mate.status].symbol} {tl(`mate.${mate.status}`)}</span>
              {mate.inboxUnread > 0 && <span className="rounded-full bg-info-soft px-1.5 text-xs font-semibold text-info">{t('unread', { count: mate.inboxUnread })}</span>}
            </li>
          ))}
        </ul>
      )}
      <h4 className="mt-3 text-xs font-semibold text-fg">{t('mail')}</h4>
      {mail.length === 0 ? <Empty>{t('noMail')}</Empty> : (
        <>
          {mail.length > SHOWN_MAIL && <p className="text-xs text-fg-subtle">{t('earlier', { count: mail.length - SHOWN_MAIL })}</p>}
          <ol className="mt-1 flex flex-col gap-1.5">
            {recent.map((m) => (
              <li key={m.seq} className="rounded-md border border-line bg-bg-subtle p-2 text-xs">
                <p className="text-fg-muted">
                  <span className="font-semibold text-fg">{m.from}</span> → <span className="font-semibold text-fg">{m.to}</span>
                  {' · '}<span className="font-mono">{m.msgType}</span>
                  {m.requestId && <span className="font-mono text-fg-subtle"> · {m.requestId}</span>}
                </p>
                <p className="mt-0.5 whitespace-pre-wrap text-fg">{m.content}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
});

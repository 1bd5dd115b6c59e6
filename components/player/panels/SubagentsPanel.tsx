'use client';
// s04: each subagent, the prompt it was given and the summary that is all the parent gets back.
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { RunState } from '@/lib/timeline/state';
import { Empty, Panel } from './Panel';

export const SubagentsPanel = memo(function SubagentsPanel({ subagents }: { subagents: RunState['subagents'] }) {
  const t = useTranslations('player.panels.subagents');
  const list = Object.values(subagents);
  return (
    <Panel id="subagents" title={t('title')} note={t('note')}>
      {list.length === 0 ? <Empty>{t('empty')}</Empty> : (
        <ul className="flex flex-col gap-3">
          {list.map((s) => (
            <li key={s.id} className="rounded-lg border border-line bg-bg-subtle p-2.5 text-sm">
              <p className="flex items-baseline justify-between gap-2">
                <span className="font-mono font-semibold text-fg">sub:{s.id}</span>
                <span className={`text-xs font-medium ${s.summary === null ? 'text-warn' : 'text-ok'}`}>
                  {s.summary === null ? `… ${t('running')}` : `✓ ${t('finished', { turns: s.turns ?? 0 })}`}
                </span>
              </p>
              <p className="mt-1 text-xs text-fg-muted"><span className="font-medium">{t('prompt')}</span> {s.prompt}</p>
              {s.summary !== null && <p className="mt-1 text-xs whitespace-pre-wrap text-fg"><span className="font-medium">{t('summary')}</span> {s.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
});

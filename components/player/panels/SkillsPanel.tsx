'use client';
// s05: the skill catalogue (names and descriptions in the system prompt) and which bodies were loaded.
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { SkillInfo } from '@/lib/timeline/events';
import { Empty, Panel } from './Panel';

export const SkillsPanel = memo(function SkillsPanel({ skills, loaded }: { skills: SkillInfo[]; loaded: string[] }) {
  const t = useTranslations('player.panels.skills');
  return (
    <Panel id="skills" title={t('title')} note={t('note')}>
      {skills.length === 0 ? <Empty>{t('empty')}</Empty> : (
        <ul className="flex flex-col gap-2">
          {skills.map((s) => {
            const isLoaded = loaded.includes(s.name);
            return (
              <li key={s.name} className={`rounded-lg border p-2 text-sm ${isLoaded ? 'border-ok bg-ok-soft' : 'border-line bg-bg-subtle'}`}>
                <p className="flex items-baseline justify-between gap-2">
                  <span className="font-mono font-semibold text-fg">{s.name}</span>
                  <span className={`text-xs font-medium ${isLoaded ? 'text-ok' : 'text-fg-subtle'}`}>{isLoaded ? `✓ ${t('loaded')}` : t('catalogOnly')}</span>
                </p>
                <p className="mt-0.5 text-xs text-fg-muted">{s.description}</p>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
});

'use client';
// What the main loop is doing at this step, in words (with a detail such as the tool or the turn).
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { Phase } from '@/lib/timeline/state';

const STYLE: Record<Phase, { glyph: string; className: string }> = {
  idle: { glyph: '○', className: 'bg-surface-muted text-fg-muted' },
  calling_model: { glyph: '◆', className: 'bg-accent-soft text-accent' },
  running_tool: { glyph: '▶', className: 'bg-surface-muted text-fg' },
  draining: { glyph: '⇣', className: 'bg-ok-soft text-ok' },
  waiting_background: { glyph: '◔', className: 'bg-warn-soft text-warn' },
  finished: { glyph: '✓', className: 'bg-ok-soft text-ok' },
  failed: { glyph: '✕', className: 'bg-danger-soft text-danger' },
};

export const PhaseIndicator = memo(function PhaseIndicator({ phase, detail }: { phase: Phase; detail: string | null }) {
  const t = useTranslations('player.phase');
  const style = STYLE[phase];
  return (
    <p className="flex min-w-0 items-center gap-2 text-sm">
      <span className="text-fg-subtle">{t('label')}</span>
      <span data-testid="phase" data-phase={phase} className={`inline-flex min-w-0 items-center gap-1.5 rounded-full px-2.5 py-0.5 font-medium ${style.className}`}>
        <span aria-hidden="true">{style.glyph}</span>
        <span className="truncate">{t(phase)}{detail ? ` · ${detail}` : ''}</span>
      </span>
    </p>
  );
});

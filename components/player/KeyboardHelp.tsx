'use client';
// The player's keys, listed on screen.
import { useTranslations } from 'next-intl';
import { KEY_BINDINGS } from '@/lib/player/keyboard';
import { useKeyLabel } from './use-key-label';

export function KeyboardHelp() {
  const t = useTranslations('player.keys');
  const keys = useKeyLabel();
  return (
    <section aria-labelledby="player-keys-title">
      <h3 id="player-keys-title" className="text-sm font-semibold text-fg">{t('title')}</h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-xs text-fg-muted">
        {KEY_BINDINGS.map((b) => (
          <div key={b.action} className="contents">
            <dt><kbd className="rounded border border-line-strong bg-surface-muted px-1.5 py-0.5 font-mono text-[11px] text-fg">{keys(b.action)}</kbd></dt>
            <dd className="self-center">{t(b.action)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

'use client';
// An action's keys in the page's language ("Shift + ←", "空格"), for the key list and the buttons' titles.
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { type PlayerAction, keysFor } from '@/lib/player/keyboard';

export function useKeyLabel(): (action: PlayerAction) => string {
  const t = useTranslations('player.keys.names');
  return useCallback((action: PlayerAction) => keysFor(action).map((k) => t(k)).join(' + '), [t]);
}

'use client';
// Durations in the page's language, for the axis, the position, the event list and the announcement.
import { useLocale } from 'next-intl';
import { useCallback } from 'react';
import { formatDuration } from '@/lib/player/time-axis';

export function useFormatDuration(): (ms: number) => string {
  const locale = useLocale();
  return useCallback((ms: number) => formatDuration(ms, locale), [locale]);
}

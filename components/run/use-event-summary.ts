'use client';
// One translated line per event (run.summary.*), for the run panel's event log and the player's event list.
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { summarizeEvent } from '@/lib/live/event-summary';
import type { TimelineEvent } from '@/lib/timeline/events';

export function useEventSummary(): (event: TimelineEvent) => string {
  const t = useTranslations('run.summary');
  return useCallback((event: TimelineEvent) => {
    const { key, values } = summarizeEvent(event);
    // The key is the event type; a test checks every type has its message in every locale.
    return t(key as Parameters<typeof t>[0], values);
  }, [t]);
}

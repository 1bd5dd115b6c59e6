'use client';
// The live run of a lesson: pick a prompt, start, watch the events arrive, cancel. The events go into the
// same store the timeline player reads, so the player animates the run as well.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LiveConfigView } from '@/lib/live/api-types';
import { isActive, runIdFromSearch } from '@/lib/live/live-status';
import { fetchLiveConfig } from '@/lib/live/run-api';
import { getLesson, type LessonId } from '@/lib/lessons/registry';
import { cancelLiveRun, leaveLiveRun, reattachLiveRun, startLiveRun } from '@/lib/store/live-run';
import { useTimelineStore } from '@/lib/store/timeline-store';
import { sectionId } from '../lesson/sections';
import EventLog from './EventLog';
import ModelInfo from './ModelInfo';
import PromptForm from './PromptForm';
import RunStatus from './RunStatus';

/** Where the recorded traces are on the lesson page. */
const PLAYER_ANCHOR = `#${sectionId('timeline')}`;

export default function RunPanel({ lessonId }: { lessonId: LessonId }) {
  const t = useTranslations('run');
  const [config, setConfig] = useState<LiveConfigView | 'unknown' | null>(null);
  const { source, header, events, liveStatus, liveMessage } = useTimelineStore(
    useShallow((s) => ({ source: s.source, header: s.header, events: s.events, liveStatus: s.liveStatus, liveMessage: s.liveMessage })),
  );
  const live = source?.kind === 'live';
  const liveEvents = live ? events : [];
  const last = liveEvents.at(-1);
  const outcome = last?.type === 'run.finished' ? last.outcome : null;
  const off = liveStatus === 'off' || (config !== null && config !== 'unknown' && !config.liveRuns);
  const status = off ? 'off' : liveStatus;

  useEffect(() => {
    let stale = false;
    void fetchLiveConfig().then((res) => {
      if (!stale) setConfig(res.ok ? res.value : 'unknown');
    });
    const runId = runIdFromSearch(window.location.search);
    if (runId) void reattachLiveRun(runId);
    return () => {
      stale = true;
      leaveLiveRun();
    };
  }, []);

  return (
    // The lesson page's "run" section gives this panel its heading.
    <div className="rounded-xl border border-line bg-surface p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="max-w-prose text-sm text-fg-muted">{t('intro')}</p>
        <ModelInfo run={live && header ? header : null} config={config} />
      </div>

      {off ? (
        <div className="mt-4 rounded-lg border border-warn bg-warn-soft p-4 text-sm">
          <p className="font-semibold text-warn">{t('status.off')}</p>
          <p className="mt-1 text-fg-muted">{t('offHelp')}</p>
          <a href={PLAYER_ANCHOR} className="mt-2 inline-block font-semibold text-accent underline-offset-2 hover:underline">
            {t('toPlayer')}
          </a>
        </div>
      ) : (
        <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <PromptForm
            examples={getLesson(lessonId).examples}
            active={isActive(status)}
            disabled={config === null}
            onStart={(prompt) => void startLiveRun(lessonId, prompt)}
            onCancel={() => void cancelLiveRun()}
          />
          <div className="min-w-0 space-y-3">
            <RunStatus
              status={status} message={liveMessage} outcome={outcome}
              maxRuns={config !== null && config !== 'unknown' ? config.limits.maxConcurrentRuns : 0}
            />
            <EventLog events={liveEvents} />
          </div>
        </div>
      )}
    </div>
  );
}

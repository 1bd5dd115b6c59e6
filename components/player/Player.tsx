'use client';
// The timeline player: one for every lesson, for a recorded trace, an opened file or a live run alike.
// It folds the events up to the cursor (from checkpoints) and hands each part of the view its slice.
import { useTranslations } from 'next-intl';
import { LazyMotion, MotionConfig, domMax } from 'motion/react';
import { useDeferredValue, useMemo, useState } from 'react';
import { getLesson, type LessonId } from '@/lib/lessons/registry';
import { clampStep } from '@/lib/player/cursor';
import { type KeyTarget, playerAction } from '@/lib/player/keyboard';
import { laneKind } from '@/lib/player/lanes-view';
import { markerSteps } from '@/lib/player/markers';
import { panelsFor, peakTokens, usesBackground } from '@/lib/player/panels';
import type { RecordedTrace } from '@/lib/player/recorded';
import { isFinal } from '@/lib/timeline/events';
import { usePlayerStore } from './player-store';
import { Deck } from './Deck';
import { EventList } from './EventList';
import { KeyboardHelp } from './KeyboardHelp';
import { Lanes } from './Lanes';
import { MessagesPanel } from './MessagesPanel';
import { LessonPanels } from './panels/LessonPanels';
import { QueuePanel } from './QueuePanel';
import { TraceBar } from './TraceBar';
import { readTraceFile, saveTrace, traceFileName } from './trace-files';
import { useFollowLive } from './use-follow-live';
import { usePlayback } from './use-playback';
import { usePlayerActions } from './use-player-actions';
import { usePlayerSource } from './use-player-source';
import { useStateAt } from './use-snapshot';
import { useUrlSync } from './use-url-sync';

type Notice = { kind: 'error' | 'ok'; text: string } | null;

export function Player({ lessonId, traces }: { lessonId: LessonId; traces: RecordedTrace[] }) {
  const t = useTranslations('player');
  const { source, header, events, load } = usePlayerSource(lessonId, traces);
  const { cursor, stride, touched, actor, setActor } = usePlayerStore();
  const count = events.length;
  const step = clampStep(cursor.step, count);
  const live = source?.kind === 'live' && !(count > 0 && isFinal(events[count - 1]));
  // The scrubber and the step number follow the cursor at once; the heavy views (lanes, queue,
  // messages, panels, event list) render the step React can get to, so fast scrubbing stays fluid.
  const shownStep = useDeferredValue(step);
  const state = useStateAt(source, events, shownStep);
  const animate = stride === 1 && shownStep === step;

  const markers = useMemo(() => markerSteps(events), [events]);
  const panels = useMemo(() => panelsFor(events), [events]);
  const peak = useMemo(() => peakTokens(events), [events]);
  const showQueue = useMemo(() => usesBackground(events, getLesson(lessonId).tools), [events, lessonId]);
  const drains = useMemo(() => state.drains.map((d) => ({ ...d, t: events[d.seq]?.t ?? 0 })), [state.drains, events]);
  const lastDrain = state.drains.at(-1);
  const drainHere = lastDrain && lastDrain.seq === shownStep ? lastDrain : null;

  const actions = usePlayerActions(count, markers.model, live);
  usePlayback(events, live);
  useFollowLive(count);
  useUrlSync(touched, source, step);

  const [notice, setNotice] = useState<Notice>(null);
  const [dragging, setDragging] = useState(false);

  const open = async (file: File) => {
    const result = await readTraceFile(file);
    if (!result.ok) {
      setNotice({ kind: 'error', text: t('trace.openError', { file: file.name, line: result.line, reason: result.reason }) });
      return;
    }
    usePlayerStore.getState().touch();
    load({ kind: 'file', name: file.name }, result.header, result.events);
    setNotice({ kind: 'ok', text: t('trace.opened', { file: file.name, count: result.events.length }) });
  };
  const save = () => {
    if (header) void saveTrace(header, events, traceFileName(header, source?.kind === 'recorded' ? source.name : null));
  };
  const pick = (name: string) => {
    const trace = traces.find((x) => x.name === name);
    if (!trace) return;
    usePlayerStore.getState().touch();
    load({ kind: 'recorded', name }, trace.header, trace.events);
    setNotice(null);
  };

  const actors = Object.keys(state.contexts).sort((a, b) => (state.lanes[a]?.order ?? 0) - (state.lanes[b]?.order ?? 0));
  const shownActor = state.contexts[actor] ? actor : 'main';
  const actorLane = state.lanes[shownActor];
  const streaming = actorLane?.blocks.at(-1)?.kind === 'llm' && actorLane.blocks.at(-1)?.endT === null
    ? state.contexts[shownActor]?.streamingText || null
    : null;

  return (
    <LazyMotion features={domMax} strict>
      <MotionConfig reducedMotion="user">
        <div
          data-testid="player" data-step={shownStep} data-steps={count}
          // Contained: what changes inside the player on every step never makes the browser lay out
          // or repaint the rest of the (long) lesson page.
          className="relative flex flex-col gap-5 rounded-2xl border border-line bg-surface p-3 shadow-sm [contain:content] sm:p-5"
          onKeyDown={(e) => {
            const target = e.target as HTMLElement;
            const info: KeyTarget = {
              tagName: target.tagName, type: (target as HTMLInputElement).type,
              isContentEditable: target.isContentEditable, role: target.getAttribute('role'),
            };
            const action = playerAction(e, info);
            if (!action || count === 0) return;
            e.preventDefault();
            actions.act(action);
          }}
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes('Files')) return;
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={(e) => {
            const file = e.dataTransfer.files[0];
            if (!file) return;
            e.preventDefault();
            setDragging(false);
            void open(file);
          }}
        >
          <TraceBar traces={traces} source={source} header={header} canSave={header !== null && count > 0} onPick={pick} onSave={save} onOpen={(f) => void open(f)} />
          {notice && (
            <p
              role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="trace-notice"
              className={`rounded-lg border px-3 py-2 text-sm ${notice.kind === 'error' ? 'border-danger bg-danger-soft text-danger' : 'border-ok bg-ok-soft text-ok'}`}
            >
              {notice.text}
            </p>
          )}

          {count === 0 ? (
            <p className="rounded-xl border border-dashed border-line-strong px-4 py-10 text-center text-sm text-fg-muted">
              {source?.kind === 'live' ? t('trace.waiting') : t('trace.none')}
            </p>
          ) : (
            <>
              <Deck state={state} step={step} count={count} events={events} markers={markers} live={live} follow={cursor.follow} actions={actions} />
              <Lanes state={state} totalMs={events[count - 1].t} drains={drains} animate={animate} eventListId="player-events" />
              <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
                <div className="flex min-w-0 flex-col gap-4">
                  {showQueue && <QueuePanel queue={state.queue} drainHere={drainHere} animate={animate} />}
                  <LessonPanels panels={panels} state={state} mainTokens={state.contexts.main?.tokenEstimate ?? 0} peakTokens={peak} />
                  <KeyboardHelp />
                </div>
                <MessagesPanel
                  actors={actors.filter((a) => laneKind(a as never) !== 'bg')} actor={shownActor}
                  context={state.contexts[shownActor]} streaming={streaming} onActor={setActor}
                />
              </div>
              <EventList id="player-events" events={events} step={shownStep} immediate={animate} onSeek={actions.seekTo} />
            </>
          )}

          {dragging && (
            <div className="pointer-events-none absolute inset-0 z-20 flex items-center justify-center rounded-2xl border-2 border-dashed border-accent bg-accent-soft/80">
              <p className="text-base font-semibold text-accent">{t('trace.drop')}</p>
            </div>
          )}
        </div>
      </MotionConfig>
    </LazyMotion>
  );
}

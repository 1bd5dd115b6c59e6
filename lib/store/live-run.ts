'use client';
// A live run in the browser: start it (POST), follow its events over EventSource into the timeline store,
// close the stream on the final event (so the browser never reconnects and restarts anything), and pick the
// run up again after a reload from ?run=<id> in the URL.
import { cancelRun, eventsUrl, fetchRunStatus, startRun } from '../live/run-api';
import { refusalStatus, statusAfterFinal, withRunParam } from '../live/live-status';
import { isFinal, type TimelineEvent } from '../timeline/events';
import { TRACE_FORMAT, TRACE_VERSION, type TraceHeader } from '../timeline/trace-header';
import { useTimelineStore } from './timeline-store';

/** Events are handed to the store at most this often: one render per burst, not per event. */
const FLUSH_MS = 50;

/** The run being followed: its EventSource and the store subscription that notices it was replaced. */
let current: { source: EventSource; unwatch: () => void } | null = null;

/** Cancel was pressed while the start request was still on its way: cancel the run as soon as it has an id. */
let cancelOnStart = false;

/** Bumped by every start, reattach and leave: a request answered after a newer one began is ignored. */
let generation = 0;

const store = () => useTimelineStore.getState();

function setRunParam(runId: string | null): void {
  window.history.replaceState(window.history.state, '', withRunParam(window.location.href, runId));
}

function header(run: { lesson: string; prompt: string; model: string; mode: TraceHeader['mode'] }, at: string): TraceHeader {
  return { format: TRACE_FORMAT, version: TRACE_VERSION, ...run, recordedAt: at };
}

function follow(runId: string, fromSeq: number): void {
  closeStream();
  const source = new EventSource(eventsUrl(runId, fromSeq));
  let pending: TimelineEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const isOurs = () => {
    const s = store().source;
    return current?.source === source && s?.kind === 'live' && s.runId === runId;
  };
  // Another trace shown in the store (picked in the player) ends the following; the server cancels the
  // run once nobody has watched it for its grace period.
  const unwatch = useTimelineStore.subscribe((s, prev) => {
    if (s.source !== prev.source && current?.source === source && !isOurs()) {
      closeStream();
      setRunParam(null); // a reload should show the trace picked, not the run left behind
      store().setLiveStatus('idle');
    }
  });
  current = { source, unwatch };

  const flush = () => {
    timer = null;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    if (isOurs()) store().appendEvents(batch);
  };

  source.onopen = () => {
    if (isOurs() && store().liveStatus === 'connecting') store().setLiveStatus('running');
  };
  source.onmessage = (message) => {
    if (!isOurs()) return source.close();
    const event = JSON.parse(message.data as string) as TimelineEvent;
    pending.push(event);
    if (isFinal(event)) {
      if (timer) clearTimeout(timer);
      flush();
      closeStream();
      store().setLiveStatus(statusAfterFinal(event), event.type === 'run.failed' ? event.error : null);
      return;
    }
    if (store().liveStatus !== 'running') store().setLiveStatus('running');
    timer ??= setTimeout(flush, FLUSH_MS);
  };
  source.onerror = () => {
    if (!isOurs()) return source.close();
    // EventSource retries by itself (sending Last-Event-ID, so nothing is lost or doubled) unless the
    // server refused outright; then it is closed for good.
    if (source.readyState === EventSource.CLOSED) {
      closeStream();
      store().setLiveStatus('error'); // no server message: the panel says the connection was lost
    } else {
      store().setLiveStatus('connecting');
    }
  };
}

/** Stops following the run, if any. The server cancels a run nobody watches after its grace period. */
export function closeStream(): void {
  current?.source.close();
  current?.unwatch();
  current = null;
}

/**
 * The panel is going away (the visitor moved to another page of the site): stop following and leave the
 * store idle, so the next page's panel starts fresh. The server cancels the run once its grace period
 * passes with nobody watching.
 */
export function leaveLiveRun(): void {
  generation += 1;
  closeStream();
  cancelOnStart = false;
  store().setLiveStatus('idle');
}

export async function startLiveRun(lesson: string, prompt: string): Promise<void> {
  const mine = ++generation;
  closeStream();
  cancelOnStart = false;
  store().setLiveStatus('starting');
  const res = await startRun(lesson, prompt);
  if (mine !== generation) {
    // The page was left (or another run started) while this one was being created: nobody will watch it.
    if (res.ok) await cancelRun(res.value.id);
    return;
  }
  if (!res.ok) {
    // Off and limit have their own words on the panel; other refusals show what the server said.
    const status = refusalStatus(res.status);
    store().setLiveStatus(status, status === 'error' ? res.message : null);
    return;
  }
  const { id, model, mode } = res.value;
  store().startLive(id, header({ lesson, prompt, model, mode }, new Date().toISOString()));
  setRunParam(id);
  follow(id, 0);
  if (cancelOnStart) {
    cancelOnStart = false;
    await cancelLiveRun();
  }
}

/** After a reload: if the run in ?run= still exists, show it again from its first event. */
export async function reattachLiveRun(runId: string): Promise<void> {
  const mine = ++generation;
  store().setLiveStatus('connecting');
  const res = await fetchRunStatus(runId);
  if (mine !== generation) return;
  if (!res.ok) {
    setRunParam(null);
    // A run that is gone (finished long ago, or the server restarted) just leaves the panel ready.
    store().setLiveStatus(res.status === 404 ? 'idle' : 'error', res.status === 404 ? null : res.message);
    return;
  }
  const run = res.value;
  store().startLive(run.id, header(run, run.startedAt));
  follow(run.id, 0);
}

export async function cancelLiveRun(): Promise<void> {
  if (store().liveStatus === 'starting') {
    cancelOnStart = true;
    return;
  }
  const source = store().source;
  if (source?.kind !== 'live') return;
  const res = await cancelRun(source.runId);
  // On success the final event (cancelled) arrives on the stream and sets the state.
  if (!res.ok) store().setLiveStatus('error', res.message);
}

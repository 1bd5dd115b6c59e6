// One subscriber's SSE stream of a run: every event from a seq on as `id: <seq>` + `data: <json>`, a
// heartbeat comment while idle, closed right after the final event. Used by the events route and the bench.
import { isFinal, type TimelineEvent } from '../timeline/events';
import { encodeSseComment, encodeSseEvent } from '../timeline/sse';
import type { LiveRun } from './live-run';

export const HEARTBEAT_MS = 15_000;

/** Each event is serialised once however many subscribers it goes to. */
const frames = new WeakMap<TimelineEvent, string>();
function frameOf(event: TimelineEvent): string {
  let frame = frames.get(event);
  if (frame === undefined) frames.set(event, (frame = encodeSseEvent(event)));
  return frame;
}
/** Tells EventSource to reconnect after 1 s rather than its default of about 3 s. */
const RETRY_MS = 1_000;

export interface RunStreamOptions {
  /** First seq to send (resume: the last seq the client saw + 1). */
  fromSeq: number;
  heartbeatMs?: number;
  /** The request's signal: a client that goes away unsubscribes at once. */
  signal?: AbortSignal;
}

export function createRunEventStream(run: LiveRun, options: RunStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      // Events emitted in one burst (the sink is synchronous) go out as one chunk: fewer writes, same order.
      let pending: string[] = [`retry: ${RETRY_MS}\n\n`];
      let flushQueued = false;
      let closed = false;
      // Set up below; the final event can arrive while subscribing, before either exists.
      const held: { heartbeat?: ReturnType<typeof setInterval>; unsubscribe?: () => void } = {};

      stop = () => {
        closed = true;
        clearInterval(held.heartbeat);
        held.unsubscribe?.();
        options.signal?.removeEventListener('abort', stop);
      };
      const flush = () => {
        flushQueued = false;
        if (closed || pending.length === 0) return;
        controller.enqueue(encoder.encode(pending.join('')));
        pending = [];
      };
      const finish = () => {
        flush();
        stop();
        controller.close();
      };

      held.unsubscribe = run.subscribe(options.fromSeq, (event) => {
        if (closed) return;
        pending.push(frameOf(event));
        if (isFinal(event)) finish();
        else if (!flushQueued) {
          flushQueued = true;
          queueMicrotask(flush);
        }
      });
      if (closed) {
        held.unsubscribe(); // the final event was among the replayed ones
        return;
      }
      // Resuming past the end of a finished run: nothing more will come.
      if (run.ended) return finish();

      held.heartbeat = setInterval(() => {
        pending.push(encodeSseComment('heartbeat'));
        flush();
      }, options.heartbeatMs ?? HEARTBEAT_MS);
      held.heartbeat.unref?.();
      options.signal?.addEventListener('abort', stop);
      if (options.signal?.aborted) return stop();
      flush();
    },
    cancel() {
      stop();
    },
  });
}

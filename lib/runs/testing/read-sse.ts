// Reads an SSE response the way a client would, for tests and the bench.
import { SseParser } from '../../timeline/sse';
import type { TimelineEvent } from '../../timeline/events';

export interface ReadResult {
  events: TimelineEvent[];
  /** True when the server closed the stream; false when we stopped reading (a dropped connection). */
  closedByServer: boolean;
  comments: string[];
}

/** Reads until the server closes the stream, or until `stopAfter` events and then drops the connection. */
export async function readSse(body: ReadableStream<Uint8Array>, stopAfter = Infinity): Promise<ReadResult> {
  const comments: string[] = [];
  const parser = new SseParser((c) => comments.push(c));
  const decoder = new TextDecoder();
  const reader = body.getReader();
  const events: TimelineEvent[] = [];
  for (;;) {
    if (events.length >= stopAfter) {
      await reader.cancel();
      return { events, closedByServer: false, comments };
    }
    const { done, value } = await reader.read();
    if (done) return { events, closedByServer: true, comments };
    for (const frame of parser.push(decoder.decode(value, { stream: true }))) {
      const event = JSON.parse(frame.data) as TimelineEvent;
      if (frame.id !== String(event.seq)) throw new Error(`frame id ${frame.id} does not match seq ${event.seq}`);
      if (events.length < stopAfter) events.push(event);
    }
  }
}

// Server-Sent Events framing of timeline events: `id:` is the event's seq, so a reconnecting
// EventSource sends Last-Event-ID and the stream resumes where it broke off. Plus a small parser
// (the WHATWG rules, minus `retry`) for tests and benches that read a stream without a browser.
import type { TimelineEvent } from './events';

export function encodeSseEvent(event: TimelineEvent): string {
  // JSON.stringify escapes newlines, so the payload is always one data line.
  return `id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** A comment frame (e.g. a heartbeat): ignored by EventSource, keeps proxies from closing an idle stream. */
export function encodeSseComment(text: string): string {
  return `${text.split(/\r\n|\r|\n/).map((line) => `: ${line}\n`).join('')}\n`;
}

/** One dispatched event: `id` and `event` as given in this frame (null when absent), data lines joined by \n. */
export interface SseFrame {
  id: string | null;
  event: string | null;
  data: string;
}

/** Incremental parser: push chunks as they arrive (split anywhere), get the frames they complete. */
export class SseParser {
  private buffer = '';
  private started = false;
  private data: string[] = [];
  private id: string | null = null;
  private event: string | null = null;

  constructor(private readonly onComment?: (text: string) => void) {}

  push(chunk: string): SseFrame[] {
    let text = this.buffer + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const frames: SseFrame[] = [];
    const lineEnd = /\r\n|\r|\n/g;
    let lineStart = 0;
    for (let m = lineEnd.exec(text); m; m = lineEnd.exec(text)) {
      // A chunk ending in \r may be the first half of \r\n: wait for the next chunk.
      if (m[0] === '\r' && m.index === text.length - 1) break;
      this.line(text.slice(lineStart, m.index), frames);
      lineStart = m.index + m[0].length;
    }
    this.buffer = text.slice(lineStart);
    return frames;
  }

  private line(line: string, frames: SseFrame[]): void {
    if (line === '') {
      if (this.data.length > 0) frames.push({ id: this.id, event: this.event, data: this.data.join('\n') });
      this.data = [];
      this.id = null;
      this.event = null;
      return;
    }
    if (line.startsWith(':')) {
      this.onComment?.(line.slice(1).replace(/^ /, ''));
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.data.push(value);
    else if (field === 'id') this.id = value;
    else if (field === 'event') this.event = value;
  }
}

/** Parse a complete piece of stream text at once; an unterminated last frame is not returned. */
export function parseSseFrames(text: string): SseFrame[] {
  return new SseParser().push(text);
}

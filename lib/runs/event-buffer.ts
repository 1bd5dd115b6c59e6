// Every event of one run, in seq order, plus whoever is listening. A subscriber names the first seq it
// wants: it gets the held events from there at once, then each new one as it arrives. Resuming a dropped
// stream is therefore just subscribing again from the last seq seen + 1.
import { isFinal, type TimelineEvent } from '../timeline/events';

export type EventListener = (event: TimelineEvent) => void;

export class EventBuffer {
  private readonly events: TimelineEvent[] = [];
  private readonly listeners = new Set<EventListener>();

  /** How many events are held (= the next seq). */
  get length(): number {
    return this.events.length;
  }

  /** True once run.finished or run.failed is held: nothing comes after it. */
  get ended(): boolean {
    const last = this.events.at(-1);
    return last !== undefined && isFinal(last);
  }

  get last(): TimelineEvent | undefined {
    return this.events.at(-1);
  }

  /** Adds the next event; seq must continue the sequence, so a gap or a repeat is a bug we refuse loudly. */
  append(event: TimelineEvent): void {
    if (this.ended) throw new Error(`event seq ${event.seq} (${event.type}) arrived after the run's final event`);
    if (event.seq !== this.events.length) {
      throw new Error(`event seq ${event.seq} (${event.type}) out of order: expected ${this.events.length}`);
    }
    this.events.push(event);
    for (const listener of this.listeners) listener(event);
    if (isFinal(event)) this.listeners.clear();
  }

  /** Replays events from `fromSeq` on, then follows new ones until the returned function is called. */
  subscribe(fromSeq: number, listener: EventListener): () => void {
    const from = Math.max(0, fromSeq);
    for (let seq = from; seq < this.events.length; seq++) listener(this.events[seq]);
    if (this.ended) return () => {};
    // A subscriber may ask for a seq not emitted yet; it must not get the ones before it meanwhile.
    const live: EventListener = from > this.events.length ? (e) => {
      if (e.seq >= from) listener(e);
    } : listener;
    this.listeners.add(live);
    return () => {
      this.listeners.delete(live);
    };
  }

  /** Counts by event type, for the status route. */
  countByType(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const e of this.events) counts[e.type] = (counts[e.type] ?? 0) + 1;
    return counts;
  }
}

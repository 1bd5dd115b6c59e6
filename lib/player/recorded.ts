// A recorded trace as the player receives it from the server: its file name (the `?trace=` value),
// its header and its events.
import type { TimelineEvent } from '../timeline/events';
import type { TraceHeader } from '../timeline/trace-header';

export interface RecordedTrace {
  name: string;
  header: TraceHeader;
  events: TimelineEvent[];
}

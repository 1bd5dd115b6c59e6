// The first line of a trace file: what was run, on which model, when.
import type { RunMode } from './events';

export const TRACE_FORMAT = 'agent-trace';
export const TRACE_VERSION = 1;

export interface TraceHeader {
  format: typeof TRACE_FORMAT;
  version: typeof TRACE_VERSION;
  lesson: string;
  prompt: string;
  model: string;
  mode: RunMode;
  /** ISO 8601 time the recording started. */
  recordedAt: string;
}

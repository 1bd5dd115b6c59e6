// Trace files: JSON Lines, a header line then one event per line. Reading validates every line
// and names the first bad one, so a broken or hand-edited file says exactly where it went wrong.
import type { z } from 'zod';
import { EVENT_TYPES, isFinal, type TimelineEvent } from './events';
import { timelineEventSchema, traceHeaderSchema } from './schema';
import { TRACE_FORMAT, TRACE_VERSION, type TraceHeader } from './trace-header';

export type ReadTraceResult =
  | { ok: true; header: TraceHeader; events: TimelineEvent[] }
  /**
   * `line` and `reason` apart, so a page can put the line into its own language's sentence; `message`
   * ("line 5: not JSON") is the same in one piece, for the command line and logs.
   */
  | { ok: false; line: number; reason: string; message: string };

export function writeTrace(header: TraceHeader, events: readonly TimelineEvent[]): string {
  return [header, ...events].map((item) => `${JSON.stringify(item)}\n`).join('');
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

export function readTrace(text: string): ReadTraceResult {
  const lines = text.split('\n');
  // The trailing newline leaves one empty string behind; a file without it is accepted too.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const fail = (index: number, reason: string): ReadTraceResult =>
    ({ ok: false, line: index + 1, reason, message: `line ${index + 1}: ${reason}` });

  const header = readHeader(stripCr(lines[0]));
  if (typeof header === 'string') return fail(0, header);

  const events: TimelineEvent[] = [];
  for (let i = 1; i < lines.length; i++) {
    const event = readEvent(stripCr(lines[i]));
    if (typeof event === 'string') return fail(i, event);
    const expected = events.length;
    if (event.seq !== expected) return fail(i, `seq ${event.seq} expected ${expected}`);
    if (expected > 0 && isFinal(events[expected - 1])) {
      return fail(i, `event after the run ended (${events[expected - 1].type} on line ${i})`);
    }
    events.push(event);
  }
  return { ok: true, header, events };
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** The parsed header, or why the line is not one. */
function readHeader(line: string): TraceHeader | string {
  if (line.trim() === '') return 'empty, expected a trace header';
  const value = parseJson(line);
  if (value === undefined) return 'not JSON';
  if (!isObject(value) || value.format !== TRACE_FORMAT) return 'not a trace header (format)';
  if (value.version !== TRACE_VERSION) return `unsupported trace version ${JSON.stringify(value.version)} (expected ${TRACE_VERSION})`;
  const parsed = traceHeaderSchema.safeParse(value);
  return parsed.success ? parsed.data : `bad trace header: ${describe(parsed.error)}`;
}

/** The parsed event, or why the line is not one. */
function readEvent(line: string): TimelineEvent | string {
  if (line.trim() === '') return 'empty line, expected an event';
  const value = parseJson(line);
  if (value === undefined) return 'not JSON';
  if (!isObject(value)) return 'not an event (expected a JSON object)';
  if (typeof value.type !== 'string') return 'not an event (no "type")';
  if (!KNOWN_TYPES.has(value.type)) return `unknown event type ${JSON.stringify(value.type)}`;
  const parsed = timelineEventSchema.safeParse(value);
  return parsed.success ? parsed.data : `bad ${value.type} event: ${describe(parsed.error)}`;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first problem zod found, with where: "content.0.text: Invalid input: expected string, received number". */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

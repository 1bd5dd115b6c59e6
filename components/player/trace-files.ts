// Trace files in the browser: save the current run, read one the user opened. The trace module (and the
// zod schemas it validates with) is loaded only when a file is saved or opened, keeping first load light.
import type { TimelineEvent } from '@/lib/timeline/events';
import type { ReadTraceResult } from '@/lib/timeline/trace';
import type { TraceHeader } from '@/lib/timeline/trace-header';

export async function saveTrace(header: TraceHeader, events: readonly TimelineEvent[], fileName: string): Promise<void> {
  const { writeTrace } = await import('@/lib/timeline/trace');
  const url = URL.createObjectURL(new Blob([writeTrace(header, events)], { type: 'application/x-ndjson' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function readTraceFile(file: File): Promise<ReadTraceResult> {
  const [{ readTrace }, text] = await Promise.all([import('@/lib/timeline/trace'), file.text()]);
  return readTrace(text);
}

/** A file name for the current run: the recorded trace's own, or lesson + time for a live run. */
export function traceFileName(header: TraceHeader, name: string | null): string {
  if (name) return name.endsWith('.jsonl') ? name : `${name}.jsonl`;
  return `${header.lesson}-${header.recordedAt.replace(/[:.]/g, '-')}.jsonl`;
}

// How the run panel's state follows from what the server said. Pure.
import type { LiveStatus } from '../store/timeline-store';
import type { TimelineEvent } from '../timeline/events';

/** A refused start: 403 means live runs are off here, 429 the concurrency cap, anything else an error. */
export function refusalStatus(httpStatus: number): LiveStatus {
  if (httpStatus === 403) return 'off';
  if (httpStatus === 429) return 'limit';
  return 'error';
}

/** The state a run's final event leaves the panel in. */
export function statusAfterFinal(event: TimelineEvent): LiveStatus {
  if (event.type === 'run.failed') return 'failed';
  if (event.type === 'run.finished' && event.outcome === 'cancelled') return 'cancelled';
  return 'finished';
}

/** States in which a run is under way: the panel offers Cancel, not Start. */
export function isActive(status: LiveStatus): boolean {
  return status === 'starting' || status === 'connecting' || status === 'running';
}

/** Reads ?run=<id> from a query string; null when absent or blank. */
export function runIdFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('run');
  return id && id.trim() !== '' ? id.trim() : null;
}

/** The same URL with ?run=<id> set (or removed for null), keeping the other parameters and the hash. */
export function withRunParam(href: string, runId: string | null): string {
  const url = new URL(href);
  if (runId === null) url.searchParams.delete('run');
  else url.searchParams.set('run', runId);
  return url.toString();
}

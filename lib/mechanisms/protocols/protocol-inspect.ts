// How the REPL's /team shows the protocol requests: one line each, with its state.
import type { RequestTracker } from './request-tracker';

export function renderRequests(tracker: RequestTracker): string {
  const requests = tracker.list();
  if (requests.length === 0) return 'No protocol requests.';
  return requests
    .map((r) => `${r.id} ${r.kind} ${r.from} → ${r.to}: ${r.status}${r.reason ? ` (${r.reason})` : ''}`)
    .join('\n');
}

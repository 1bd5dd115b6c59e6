// The browser's calls to the live-run API. Every refusal comes back as a value with the server's message,
// never as a thrown error, so the run panel can show exactly what was wrong.
import type { ApiError, LiveConfigView, RunCreated, RunStatusView } from './api-types';

export type ApiResult<T> =
  | { ok: true; value: T }
  /** status 0: the request never got an answer (offline, server down). */
  | { ok: false; status: number; message: string; field?: string };

type Fetch = typeof fetch;

async function call<T>(fetchImpl: Fetch, url: string, init?: RequestInit): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetchImpl(url, init);
  } catch (err) {
    return { ok: false, status: 0, message: err instanceof Error ? err.message : String(err) };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // A body that is not JSON (a proxy's error page) still gets a message below.
  }
  if (res.ok) return { ok: true, value: body as T };
  const error = (body as Partial<ApiError> | null)?.error;
  return {
    ok: false,
    status: res.status,
    message: error?.message ?? `${res.status} ${res.statusText}`.trim(),
    ...(error?.field ? { field: error.field } : {}),
  };
}

export function startRun(lesson: string, prompt: string, fetchImpl: Fetch = fetch) {
  return call<RunCreated>(fetchImpl, '/api/runs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ lesson, prompt }),
  });
}

export function fetchRunStatus(id: string, fetchImpl: Fetch = fetch) {
  return call<RunStatusView>(fetchImpl, `/api/runs/${encodeURIComponent(id)}`, { cache: 'no-store' });
}

export function cancelRun(id: string, fetchImpl: Fetch = fetch) {
  return call<RunStatusView>(fetchImpl, `/api/runs/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function fetchLiveConfig(fetchImpl: Fetch = fetch) {
  return call<LiveConfigView>(fetchImpl, '/api/config', { cache: 'no-store' });
}

export function eventsUrl(id: string, fromSeq: number): string {
  return `/api/runs/${encodeURIComponent(id)}/events?from=${fromSeq}`;
}

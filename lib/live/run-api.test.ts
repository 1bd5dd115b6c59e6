import { describe, expect, it } from 'vitest';
import { cancelRun, eventsUrl, startRun } from './run-api';

const answer = (status: number, body: unknown) => async () =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, statusText: status === 502 ? 'Bad Gateway' : '' });

describe('run API client', () => {
  it('gives back the created run', async () => {
    const res = await startRun('s08', 'go', answer(201, { id: 'r1', lesson: 's08', model: 'scripted', mode: 'scripted' }));
    expect(res).toEqual({ ok: true, value: { id: 'r1', lesson: 's08', model: 'scripted', mode: 'scripted' } });
  });

  it('a refusal carries the status, the server\'s message and the field', async () => {
    const res = await startRun('s08', '', answer(400, { error: { field: 'prompt', message: 'prompt is empty' } }));
    expect(res).toEqual({ ok: false, status: 400, field: 'prompt', message: 'prompt is empty' });
  });

  it('a non-JSON error page still gets a message', async () => {
    expect(await cancelRun('r1', answer(502, '<html>'))).toEqual({ ok: false, status: 502, message: '502 Bad Gateway' });
  });

  it('no answer at all is status 0 with the network error', async () => {
    const res = await startRun('s08', 'go', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(res).toEqual({ ok: false, status: 0, message: 'Failed to fetch' });
  });

  it('the events URL asks for the run from a seq', () => {
    expect(eventsUrl('a b', 0)).toBe('/api/runs/a%20b/events?from=0');
  });
});

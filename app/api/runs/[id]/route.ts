// GET /api/runs/<id>: the run's status and event counts. DELETE: cancel it.
import type { RunStatusView } from '@/lib/live/api-types';
import { runErrorResponse } from '@/lib/runs/http-errors';
import { getRunManager } from '@/lib/runs/instance';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  try {
    const body: RunStatusView = getRunManager().require(id).status();
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    return runErrorResponse(err);
  }
}

/** 202 while the run winds down (its final event follows on the stream); 200 if it had already ended. */
export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  try {
    const manager = getRunManager();
    const wasRunning = !manager.require(id).ended;
    const body: RunStatusView = manager.cancel(id).status();
    return Response.json(body, { status: wasRunning ? 202 : 200 });
  } catch (err) {
    return runErrorResponse(err);
  }
}

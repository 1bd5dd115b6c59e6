// POST /api/runs {lesson, prompt} → 201 {id, lesson, model, mode}: starts a live run of a lesson's agent.
import type { RunCreated } from '@/lib/live/api-types';
import { LiveRunsOffError } from '@/lib/runs/errors';
import { apiError, runErrorResponse } from '@/lib/runs/http-errors';
import { getRunManager } from '@/lib/runs/instance';
import { parseStartRun } from './start-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const manager = getRunManager();
  // Switched off means switched off, whatever the body says.
  if (!manager.config.liveRuns) return runErrorResponse(new LiveRunsOffError());
  const parsed = await parseStartRun(request);
  if (!parsed.ok) return apiError(400, parsed.error.message, parsed.error.field);
  try {
    const run = await manager.start(parsed.lesson, parsed.prompt);
    const { id, lesson, model, mode } = run.info;
    const body: RunCreated = { id, lesson, model, mode };
    return Response.json(body, { status: 201, headers: { Location: `/api/runs/${id}` } });
  } catch (err) {
    return runErrorResponse(err);
  }
}

// GET /api/config: whether live runs are on here and which model a run would use, before one starts.
import type { LiveConfigView } from '@/lib/live/api-types';
import { getRunManager } from '@/lib/runs/instance';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(): Response {
  const body: LiveConfigView = getRunManager().describe();
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
}

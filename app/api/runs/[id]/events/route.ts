// GET /api/runs/<id>/events: the run's timeline events as Server-Sent Events, resumable by seq.
import { apiError, runErrorResponse } from '@/lib/runs/http-errors';
import { getRunManager } from '@/lib/runs/instance';
import { createRunEventStream } from '@/lib/runs/sse-stream';
import { resumeFrom } from './resume-from';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  let run;
  try {
    run = getRunManager().require(id);
  } catch (err) {
    return runErrorResponse(err);
  }
  const resume = resumeFrom(request);
  if (!resume.ok) return apiError(400, resume.message, resume.field);
  const stream = createRunEventStream(run, { fromSeq: resume.fromSeq, signal: request.signal });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // Proxies such as nginx would otherwise hold the stream back in their buffer.
      'X-Accel-Buffering': 'no',
    },
  });
}

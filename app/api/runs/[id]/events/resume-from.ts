// Where an events stream starts: after the Last-Event-ID an EventSource sends when it reconnects, else
// at ?from=<seq> (a page reattaching asks for 0), else at the beginning.
import { z } from 'zod';

const Seq = z.coerce.number().int().min(0);

export type ResumeParse = { ok: true; fromSeq: number } | { ok: false; field: string; message: string };

export function resumeFrom(request: Request): ResumeParse {
  const lastEventId = request.headers.get('last-event-id');
  if (lastEventId !== null && lastEventId.trim() !== '') {
    const seq = Seq.safeParse(lastEventId.trim());
    if (!seq.success) return { ok: false, field: 'Last-Event-ID', message: `Last-Event-ID must be a seq (a whole number ≥ 0), got ${JSON.stringify(lastEventId)}` };
    return { ok: true, fromSeq: seq.data + 1 };
  }
  const from = new URL(request.url).searchParams.get('from');
  if (from !== null) {
    const seq = Seq.safeParse(from.trim() === '' ? NaN : from);
    if (!seq.success) return { ok: false, field: 'from', message: `from must be a seq (a whole number ≥ 0), got ${JSON.stringify(from)}` };
    return { ok: true, fromSeq: seq.data };
  }
  return { ok: true, fromSeq: 0 };
}

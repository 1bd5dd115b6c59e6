// POST /api/runs body: { lesson, prompt }. Every way it can be wrong gets its own message, naming the field.
import { z } from 'zod';
import { MAX_PROMPT_CHARS } from '@/lib/live/api-types';
import { LESSON_IDS, type LessonId, isLessonId } from '@/lib/lessons/registry';

/** Far above any valid body (8 000 characters of prompt); a larger one is refused before parsing. */
const MAX_BODY_BYTES = 64 * 1024;

const StartRun = z.object({
  lesson: z
    .string({ error: (i) => (i.input === undefined ? 'lesson is required' : 'lesson must be a string such as "s08"') })
    .refine(isLessonId, {
      error: (i) => `unknown lesson ${JSON.stringify(i.input)}; expected one of ${LESSON_IDS.join(', ')}`,
    }),
  prompt: z
    .string({ error: (i) => (i.input === undefined ? 'prompt is required' : 'prompt must be a string') })
    .refine((p) => p.trim().length > 0, { error: 'prompt is empty' })
    .refine((p) => p.length <= MAX_PROMPT_CHARS, {
      error: (i) => `prompt is ${(i.input as string).length} characters; the limit is ${MAX_PROMPT_CHARS}`,
    }),
});

export type StartRunParse =
  | { ok: true; lesson: LessonId; prompt: string }
  | { ok: false; error: { field?: string; message: string } };

export async function parseStartRun(request: Request): Promise<StartRunParse> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return fail(`Content-Type must be application/json (got ${type ? JSON.stringify(type) : 'none'})`);
  }
  const text = await readCapped(request, MAX_BODY_BYTES);
  if (text === null) return fail(`the body is larger than ${MAX_BODY_BYTES / 1024} KB`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    return fail(`the body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail('the body must be a JSON object: {"lesson": "s08", "prompt": "…"}');
  }
  const parsed = StartRun.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(issue.message, String(issue.path[0]));
  }
  return { ok: true, lesson: parsed.data.lesson as LessonId, prompt: parsed.data.prompt };
}

/** The body as text, or null past `max` bytes: it stops reading there, so a huge body is never held whole. */
async function readCapped(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function fail(message: string, field?: string): StartRunParse {
  return { ok: false, error: field ? { field, message } : { message } };
}

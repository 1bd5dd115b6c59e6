// The scripted model as a `fetch`: the SDK sends it a real Messages API request and gets back a real
// Messages API reply (JSON, or an SSE stream), so everything above the SDK runs exactly as with Claude.
import { z } from 'zod';
import type { Message } from '../../timeline/events';
import type { Script } from '../script';
import { chooseTurn } from './select';
import { buildMessage, encodeFrame, errorBody, estimateTokens, streamFrames } from './wire';

export interface ScriptedFetchOptions {
  /** Pause between SSE frames so live runs animate: a fixed ms, or a [min, max] range. 0 in tests. */
  chunkDelayMs?: number | readonly [number, number];
  /** The model name the replies carry. */
  model?: string;
}

export const SCRIPTED_MODEL = 'scripted';
const DEFAULT_DELAY: readonly [number, number] = [15, 40];

// Validated at the edge like any request body; only what the scripted model reads.
const RequestSchema = z.object({
  system: z.union([z.string(), z.array(z.object({ type: z.string(), text: z.string().optional() }))]).optional(),
  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.union([z.string(), z.array(z.any())]) })),
  stream: z.boolean().optional(),
});

export function scriptedFetch(scripts: readonly Script[], options: ScriptedFetchOptions = {}): typeof fetch {
  let toolIds = 0;
  let messageIds = 0;
  const delay = delayPicker(options.chunkDelayMs ?? DEFAULT_DELAY);

  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const bodyText = typeof init?.body === 'string' ? init.body : input instanceof Request ? await input.text() : '';
    if (method !== 'POST' || !/\/v1\/messages(\/count_tokens)?$/.test(url.pathname)) {
      return json(404, errorBody('not_found_error', `the scripted model only answers POST /v1/messages, not ${method} ${url.pathname}`));
    }
    let parsed: z.infer<typeof RequestSchema>;
    try {
      parsed = RequestSchema.parse(JSON.parse(bodyText));
    } catch (err) {
      return json(400, errorBody('invalid_request_error', `scripted model: bad request body: ${(err as Error).message}`));
    }
    const inputTokens = estimateTokens(bodyText.length);
    if (url.pathname.endsWith('/count_tokens')) return json(200, { input_tokens: inputTokens });

    let message;
    try {
      const turn = chooseTurn(scripts, { system: parsed.system, messages: parsed.messages as Message[] });
      message = buildMessage(turn, {
        id: `msg_scripted_${++messageIds}`, model: options.model ?? SCRIPTED_MODEL, inputTokens,
        nextToolId: () => `toolu_scripted_${++toolIds}`,
      });
    } catch (err) {
      return json(500, errorBody('api_error', `scripted model: a script step failed: ${(err as Error).message}`));
    }
    if (!parsed.stream) return json(200, message);
    return sse(streamFrames(message).map(encodeFrame), delay, init?.signal ?? undefined);
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** An SSE body that hands out one frame at a time with a pause between, and stops when aborted. */
function sse(frames: string[], delay: () => number, signal?: AbortSignal): Response {
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (i > 0) await sleep(delay(), signal);
      if (signal?.aborted) return controller.error(signal.reason ?? new DOMException('aborted', 'AbortError'));
      if (i >= frames.length) return controller.close();
      controller.enqueue(encoder.encode(frames[i++]));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** Varied but reproducible pauses (a tiny LCG), so recordings do not depend on Math.random. */
function delayPicker(setting: number | readonly [number, number]): () => number {
  const [min, max] = typeof setting === 'number' ? [setting, setting] : setting;
  let seed = 42;
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return min + (seed % (max - min + 1));
  };
}

// Test helper: a real HTTP server on 127.0.0.1 that speaks the Anthropic Messages wire format, so the SDK
// path (base URL, headers, SSE parsing, errors) is exercised end to end without the internet.
//   const model = await startLoopbackModel([{ tools: [{ name: 'bash', input: { command: 'ls' } }] }, { text: 'done' }]);
//   new Anthropic({ apiKey: 'test', baseURL: model.baseURL, maxRetries: 0 }) … model.requests[1].body.messages
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ScriptTurn } from '../script';
import { buildMessage, encodeFrame, errorBody, estimateTokens, streamFrames } from '../scripted/wire';

/** An API error: streamed as an `event: error` frame (HTTP 200), or as a JSON error with `status`. */
export interface LoopbackError {
  error: { type: string; message: string };
  status?: number;
}

export type LoopbackReply = ScriptTurn | LoopbackError;

export interface LoopbackRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body (model, system, messages, tools, stream…). */
  body: {
    model?: string; system?: unknown; stream?: boolean; tools?: { name: string }[];
    messages: { role: string; content: unknown }[];
    [key: string]: unknown;
  };
}

export interface LoopbackModel {
  /** Give this to the SDK as baseURL (no /v1). */
  baseURL: string;
  /** Every request received, in order. */
  requests: LoopbackRequest[];
  close(): Promise<void>;
}

/** Replies in order (one per request), or a function choosing the reply from the request. */
export async function startLoopbackModel(
  replies: LoopbackReply[] | ((req: LoopbackRequest, index: number) => LoopbackReply),
): Promise<LoopbackModel> {
  const requests: LoopbackRequest[] = [];
  let toolIds = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { raw += c; });
    req.on('end', () => {
      const index = requests.length;
      const request: LoopbackRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: safeJson(raw) };
      requests.push(request);
      const reply = typeof replies === 'function' ? replies(request, index) : replies[index];
      if (!reply) {
        return sendJson(res, 500, errorBody('api_error', `loopback model: no reply configured for request #${index + 1}`));
      }
      const streaming = request.body.stream === true;
      if ('error' in reply) {
        if (!streaming || reply.status) return sendJson(res, reply.status ?? 500, errorBody(reply.error.type, reply.error.message));
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(encodeFrame({ event: 'ping', data: { type: 'ping' } }));
        return res.end(encodeFrame({ event: 'error', data: errorBody(reply.error.type, reply.error.message) }));
      }
      const message = buildMessage(reply, {
        id: `msg_loopback_${index + 1}`, model: request.body.model ?? 'loopback', inputTokens: estimateTokens(raw.length),
        nextToolId: () => `toolu_loopback_${++toolIds}`,
      });
      if (!streaming) return sendJson(res, 200, message);
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      // Each frame in two writes, so the client's parser must join lines split across chunks.
      for (const frame of streamFrames(message).map(encodeFrame)) {
        const half = Math.floor(frame.length / 2);
        res.write(frame.slice(0, half));
        res.write(frame.slice(half));
      }
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function safeJson(raw: string): LoopbackRequest['body'] {
  try {
    return JSON.parse(raw);
  } catch {
    return { messages: [] };
  }
}

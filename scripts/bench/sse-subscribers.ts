// Child process of the SSE bench: the "browsers". Opens N subscriptions to the events URL over loopback,
// parses every frame and notes when each seq arrived (absolute ms, comparable with the main thread's).
import http from 'node:http';
import { SseParser } from '../../lib/timeline/sse';

export interface SubscriberReport { received: Float64Array; count: Int32Array; duplicates: number; outOfOrder: number }

const url = process.env.SSE_URL!;
const subscribers = Number(process.env.SSE_SUBSCRIBERS);
const events = Number(process.env.SSE_EVENTS);
const send = (message: unknown) => process.send!(message);
const now = () => performance.timeOrigin + performance.now();

function subscribe(onOpen: () => void): Promise<SubscriberReport> {
  return new Promise((resolve, reject) => {
    const received = new Float64Array(events);
    const count = new Int32Array(events);
    let duplicates = 0;
    let outOfOrder = 0;
    let last = -1;
    const parser = new SseParser();
    http.get(url, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`subscriber got HTTP ${res.statusCode}`));
      onOpen();
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const at = now();
        for (const frame of parser.push(chunk)) {
          const seq = Number(frame.id);
          if (count[seq]++ > 0) duplicates++;
          if (seq !== last + 1) outOfOrder++;
          last = seq;
          received[seq] = at;
          JSON.parse(frame.data); // a browser parses every event too
        }
      });
      res.on('end', () => resolve({ received, count, duplicates, outOfOrder }));
    }).on('error', reject);
  });
}

let open = 0;
const all = Promise.all(
  Array.from({ length: subscribers }, () => subscribe(() => {
    if (++open === subscribers) send({ ready: true });
  })),
);
all.then(
  (reports) => send({ reports }),
  (err: Error) => send({ error: err.message }),
);

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Mail, MessageBus, formatInbox } from './message-bus';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function bus() {
  const dir = mkdtempSync(join(tmpdir(), 'bus-'));
  dirs.push(dir);
  return new MessageBus(join(dir, '.team', 'inbox'));
}

describe('MessageBus', () => {
  it('appends one JSON line per message to the recipient inbox file', async () => {
    const b = bus();
    await b.send({ to: 'bob', from: 'alice', type: 'message', content: 'hi' });
    await b.send({ to: 'bob', from: 'lead', type: 'message', content: 'there' });
    const lines = readFileSync(b.path('bob'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.from, l.content])).toEqual([['alice', 'hi'], ['lead', 'there']]);
    expect(b.unread('bob')).toBe(2);
  });

  it('reading returns the mail oldest first and empties the inbox', async () => {
    const b = bus();
    await b.send({ to: 'bob', from: 'alice', type: 'message', content: '1' });
    await b.send({ to: 'bob', from: 'alice', type: 'message', content: '2' });
    expect((await b.read('bob')).map((m) => m.content)).toEqual(['1', '2']);
    expect(readFileSync(b.path('bob'), 'utf8')).toBe('');
    expect(b.unread('bob')).toBe(0);
    expect(await b.read('bob')).toEqual([]);
  });

  it('an inbox nobody wrote to reads as empty', async () => {
    expect(await bus().read('nobody')).toEqual([]);
  });

  it('keeps every message, whole and in each sender order, under concurrent senders and readers', async () => {
    const b = bus();
    const senders = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'];
    const got: Mail[] = [];
    const sending = senders.flatMap((from) =>
      Array.from({ length: 30 }, (_, i) => b.send({ to: 'lead', from, type: 'message', content: `${from}-${i} ${'x'.repeat(500)}` })),
    );
    // A reader draining the inbox while the senders are still busy must not lose a line either.
    const reading = (async () => {
      for (let i = 0; i < 20; i++) {
        got.push(...(await b.read('lead')));
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    await Promise.all([...sending, reading]);
    got.push(...(await b.read('lead')));

    expect(got).toHaveLength(300);
    for (const from of senders) {
      const mine = got.filter((m) => m.from === from).map((m) => m.content.split(' ')[0]);
      expect(mine).toEqual(Array.from({ length: 30 }, (_, i) => `${from}-${i}`));
    }
  });

  it('tells listeners about every delivery', async () => {
    const b = bus();
    const seen: string[] = [];
    b.onDelivered((to) => seen.push(to));
    await b.send({ to: 'bob', from: 'lead', type: 'message', content: 'a' });
    await b.send({ to: 'alice', from: 'lead', type: 'broadcast', content: 'b' });
    expect(seen).toEqual(['bob', 'alice']);
  });

  it('shows mail to the model as one JSON object per line in an <inbox> block', () => {
    const mail: Mail = { type: 'plan_approval', from: 'alice', content: 'plan', timestamp: 1, request_id: 'req_1' };
    expect(formatInbox([mail])).toBe(
      '<inbox>\n{"type":"plan_approval","from":"alice","content":"plan","timestamp":1,"request_id":"req_1"}\n</inbox>',
    );
  });
});

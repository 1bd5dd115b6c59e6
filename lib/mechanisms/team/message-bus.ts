// s09: the team's post. Every member has an inbox: an append-only JSON Lines file `.team/inbox/<name>.jsonl`.
// Sending appends one whole line; reading takes every line and empties the file. Operations on one inbox
// run one after another, so concurrent senders never interleave or lose a line.
import { appendFile, mkdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';

export const MSG_TYPES = ['message', 'broadcast', 'shutdown_request', 'shutdown_response', 'plan_approval', 'plan_review'] as const;
export type MsgType = (typeof MSG_TYPES)[number];

/** One line of an inbox. request_id and approve belong to the protocol messages (s10). */
export interface Mail {
  type: MsgType;
  from: string;
  content: string;
  timestamp: number;
  request_id?: string;
  approve?: boolean;
}

export type Outgoing = Omit<Mail, 'timestamp'> & { to: string };

export class MessageBus {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly counts = new Map<string, number>();
  private readonly listeners = new Set<(to: string) => void>();

  /** `dir` is the inbox directory, usually `<workspace>/.team/inbox`. */
  constructor(readonly dir: string) {}

  // #region mailbox
  send({ to, ...mail }: Outgoing): Promise<void> {
    const line = `${JSON.stringify({ ...mail, timestamp: Date.now() })}\n`;
    return this.serial(to, async () => {
      await mkdir(this.dir, { recursive: true });
      await appendFile(this.path(to), line, 'utf8');
      this.counts.set(to, this.unread(to) + 1);
      for (const listener of this.listeners) listener(to);
    });
  }

  /** Take everything in `name`'s inbox, oldest first, and leave it empty. */
  read(name: string): Promise<Mail[]> {
    return this.serial(name, async () => {
      let text: string;
      try {
        text = await readFile(this.path(name), 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
      }
      if (text !== '') await truncate(this.path(name));
      this.counts.set(name, 0);
      return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Mail);
    });
  }
  // #endregion

  /** Messages delivered to `name` and not read yet. */
  unread(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Call `listener` after every delivery (the team wakes idle members and re-checks who is busy). */
  onDelivered(listener: (to: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  path(name: string): string {
    return join(this.dir, `${name}.jsonl`);
  }

  private serial<T>(name: string, op: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(name) ?? Promise.resolve();
    const next = previous.then(op, op);
    this.queues.set(name, next.catch(() => undefined));
    return next;
  }
}

/** How mail is shown to a model: one JSON object per line inside an <inbox> block. */
export function formatInbox(mails: readonly Mail[]): string {
  return `<inbox>\n${mails.map((m) => JSON.stringify(m)).join('\n')}\n</inbox>`;
}

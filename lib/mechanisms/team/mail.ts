// Sending and reading mail together with the events that show it on the timeline.
import type { EventSink } from '../../agent/types';
import type { Actor } from '../../timeline/events';
import type { Mail, MessageBus, Outgoing } from './message-bus';

export async function sendMail(bus: MessageBus, sink: EventSink, actor: Actor, mail: Outgoing): Promise<void> {
  await bus.send(mail);
  sink.emit({
    type: 'mail.sent', actor, from: mail.from, to: mail.to, msgType: mail.type, content: mail.content,
    ...(mail.request_id ? { requestId: mail.request_id } : {}),
  });
}

export async function readMail(bus: MessageBus, sink: EventSink, actor: Actor, name: string): Promise<Mail[]> {
  const mails = await bus.read(name);
  if (mails.length > 0) sink.emit({ type: 'mail.read', actor, name, count: mails.length });
  return mails;
}

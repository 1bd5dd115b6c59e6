// s09: the team tools. The lead spawns and addresses teammates; every member can message and read.
import { ToolError, type Tool } from '../../agent/types';
import { readMail, sendMail } from './mail';
import { MSG_TYPES, type MsgType, formatInbox } from './message-bus';
import { LEAD, checkName } from './roster';
import type { TeammateManager } from './teammate-manager';

/**
 * The lead's team tools, in the order the lesson offers them. `protocolTools`: the names of the protocol
 * tools the lead also has (s10+), so send_message can point to them.
 */
export function createLeadTeamTools(team: TeammateManager, protocolTools: readonly string[] = []): Tool[] {
  const lead = sendMessage(team, LEAD, ['broadcast', ...protocolTools]);
  return [spawnTeammate(team), listTeammates(team), lead, readInbox(team, LEAD), broadcast(team, LEAD)];
}

/** What every teammate gets to talk to the others; `protocolTools` as for the lead. */
export function createMateMailTools(team: TeammateManager, name: string, protocolTools: readonly string[] = []): Tool[] {
  return [sendMessage(team, name, protocolTools), readInbox(team, name)];
}

function spawnTeammate(team: TeammateManager): Tool {
  return {
    name: 'spawn_teammate',
    description:
      'Start a persistent teammate with its own agent loop. It works in parallel with you (this returns at once), ' +
      'reports through your inbox, and waits for mail when it has nothing to do.',
    input_schema: {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'lowercase, e.g. "alice"' },
        role: { type: 'string', description: 'e.g. "coder", "tester"' },
        prompt: { type: 'string', description: 'its first instructions' },
      },
      required: ['name', 'role', 'prompt'],
    },
    async run(input) {
      const name = checkName(input.name);
      const role = text(input.role, 'role');
      const prompt = text(input.prompt, 'prompt');
      const existing = team.roster.get(name);
      if (existing) throw new ToolError(`${name} is already on the team (${existing.status}); use send_message to give them work`);
      team.spawn(name, role, prompt);
      return `Spawned ${name} (${role}). They are working now; their messages will arrive in your inbox.`;
    },
  };
}

function listTeammates(team: TeammateManager): Tool {
  return {
    name: 'list_teammates',
    description: 'List the teammates with their role, status (working, idle, shutdown) and unread mail.',
    input_schema: { type: 'object', properties: {} },
    async run() {
      return renderRoster(team);
    },
  };
}

/** `senders`: the caller's other tools that send a message type of their own. */
function sendMessage(team: TeammateManager, from: string, senders: readonly string[]): Tool {
  return {
    name: 'send_message',
    description: `Send a message to one team member's inbox (the lead is "${LEAD}").`,
    input_schema: {
      type: 'object',
      properties: {
        to: { type: 'string' },
        content: { type: 'string' },
        msg_type: { type: 'string', enum: ['message'], description: 'defaults to "message"' },
      },
      required: ['to', 'content'],
    },
    async run(input, ctx) {
      const to = recipient(team, input.to, from);
      const type = plainType(input.msg_type, senders);
      await sendMail(team.bus, ctx.sink, ctx.actor, { to, from, type, content: text(input.content, 'content') });
      return `Sent to ${to}.`;
    },
  };
}

function readInbox(team: TeammateManager, name: string): Tool {
  return {
    name: 'read_inbox',
    description: 'Read (and empty) your inbox now. It is also read for you before each of your turns.',
    input_schema: { type: 'object', properties: {} },
    async run(_input, ctx) {
      const mails = await readMail(team.bus, ctx.sink, ctx.actor, name);
      return mails.length === 0 ? 'Your inbox is empty.' : formatInbox(mails);
    },
  };
}

function broadcast(team: TeammateManager, from: string): Tool {
  return {
    name: 'broadcast',
    description: 'Send the same message to every teammate that has not shut down.',
    input_schema: { type: 'object', properties: { content: { type: 'string' } }, required: ['content'] },
    async run(input, ctx) {
      const content = text(input.content, 'content');
      const to = team.alive().map((m) => m.name).filter((n) => n !== from);
      if (to.length === 0) throw new ToolError('there is nobody to broadcast to: spawn teammates first');
      for (const name of to) await sendMail(team.bus, ctx.sink, ctx.actor, { to: name, from, type: 'broadcast', content });
      return `Broadcast to ${to.join(', ')}.`;
    },
  };
}

export function renderRoster(team: TeammateManager): string {
  const members = team.members();
  if (members.length === 0) return 'No teammates yet.';
  return members.map((m) => `${m.name} (${m.role}): ${m.status}, ${team.bus.unread(m.name)} unread`).join('\n');
}

function recipient(team: TeammateManager, value: unknown, from: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ToolError('"to" must be a team member\'s name');
  const to = value.trim();
  if (to === from) throw new ToolError('you cannot send a message to yourself');
  if (to === LEAD) return to;
  const member = team.roster.get(to);
  if (!member) {
    const names = [LEAD, ...team.members().map((m) => m.name)].filter((n) => n !== from);
    throw new ToolError(`no team member named "${to}"; members: ${names.join(', ')}`);
  }
  if (member.status === 'shutdown') throw new ToolError(`${to} has shut down and reads no more mail`);
  return to;
}

/** Protocol messages carry a request_id and have their own tools; send_message only sends plain messages. */
function plainType(value: unknown, senders: readonly string[]): MsgType {
  if (value === undefined || value === 'message') return 'message';
  if (MSG_TYPES.includes(value as MsgType)) {
    // Naming a tool the caller does not have would send the model looking for it.
    const how = senders.includes(value as MsgType) ? `is sent with the ${String(value)} tool` : 'is not one you can send';
    throw new ToolError(`msg_type "${String(value)}" ${how}; send_message sends plain messages`);
  }
  throw new ToolError(`msg_type must be "message", got ${JSON.stringify(value)}`);
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ToolError(`"${field}" must be a non-empty string`);
  return value.trim();
}

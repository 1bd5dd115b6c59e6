// s10: the protocol tools. A request goes out as a message carrying a request_id; the answer comes back as
// a message with the same request_id; the tracker holds the one state machine both protocols share.
import { ToolError, type Tool, type ToolContext } from '../../agent/types';
import type { RequestKind } from '../../timeline/events';
import { sendMail } from '../team/mail';
import type { MsgType } from '../team/message-bus';
import { LEAD } from '../team/roster';
import type { Teammate, TeammateManager } from '../team/teammate-manager';
import type { ProtocolRequest, RequestTracker } from './request-tracker';

export const SHUTDOWN_TEXT = 'Please finish what you are doing and shut down.';

/** The lead asks teammates to shut down and reviews their plans. */
export function createLeadProtocolTools(team: TeammateManager, tracker: RequestTracker): Tool[] {
  return [
    {
      name: 'shutdown_request',
      description: 'Ask a teammate to shut down gracefully. It answers with approve or reject (and a reason) in your inbox.',
      input_schema: { type: 'object', properties: { teammate: { type: 'string' } }, required: ['teammate'] },
      async run(input, ctx) {
        const name = activeTeammate(team, input.teammate);
        const request = await openRequest(team, tracker, ctx, 'shutdown', LEAD, name, SHUTDOWN_TEXT);
        return `Shutdown request ${request.id} sent to ${name}; its answer will arrive in your inbox.`;
      },
    },
    {
      name: 'plan_review',
      description: 'Approve or reject a plan a teammate submitted (its request_id is in your inbox), with feedback.',
      input_schema: {
        type: 'object',
        properties: { request_id: { type: 'string' }, approve: { type: 'boolean' }, feedback: { type: 'string' } },
        required: ['request_id', 'approve'],
      },
      async run(input, ctx) {
        const request = await answerRequest(team, tracker, ctx, 'plan', LEAD, input, input.feedback);
        return `Plan ${request.id} from ${request.from} ${request.status}; ${request.from} has been told.`;
      },
    },
  ];
}

/** A teammate answers shutdown requests and submits plans for approval. */
export function createMateProtocolTools(team: TeammateManager, tracker: RequestTracker, mate: Teammate): Tool[] {
  return [
    {
      name: 'shutdown_response',
      description:
        'Answer a shutdown request from the lead (request_id from your inbox). Approving ends your work after ' +
        'this turn; reject with a reason if you must finish something first.',
      input_schema: {
        type: 'object',
        properties: { request_id: { type: 'string' }, approve: { type: 'boolean' }, reason: { type: 'string' } },
        required: ['request_id', 'approve'],
      },
      async run(input, ctx) {
        const request = await answerRequest(team, tracker, ctx, 'shutdown', mate.name, input, input.reason);
        // #region shutdown-exit
        if (request.status === 'approved') {
          mate.exit = 'shutdown';
          return `Shutdown ${request.id} approved: you stop after this turn.`;
        }
        // #endregion
        return `Shutdown ${request.id} rejected; you keep working.`;
      },
    },
    {
      name: 'plan_approval',
      description:
        'Submit a plan to the lead for approval before doing risky or large work. Then end your turn: the ' +
        "lead's review (approve or reject, with feedback) arrives in your inbox.",
      input_schema: { type: 'object', properties: { plan: { type: 'string' } }, required: ['plan'] },
      async run(input, ctx) {
        if (typeof input.plan !== 'string' || input.plan.trim() === '') throw new ToolError('"plan" must be a non-empty string');
        const request = await openRequest(team, tracker, ctx, 'plan', mate.name, LEAD, input.plan.trim());
        return `Plan submitted as ${request.id}; wait for the lead's review in your inbox.`;
      },
    },
  ];
}

/** The message each kind of request travels as, and the one its answer travels as. */
const MESSAGES: Record<RequestKind, { request: MsgType; answer: MsgType }> = {
  shutdown: { request: 'shutdown_request', answer: 'shutdown_response' },
  plan: { request: 'plan_approval', answer: 'plan_review' },
};

async function openRequest(
  team: TeammateManager, tracker: RequestTracker, ctx: ToolContext, kind: RequestKind, from: string, to: string, content: string,
): Promise<ProtocolRequest> {
  const request = tracker.open(kind, from, to, content);
  ctx.sink.emit({ type: 'protocol.requested', actor: ctx.actor, requestId: request.id, kind, from, to, content });
  await sendMail(team.bus, ctx.sink, ctx.actor, { to, from, type: MESSAGES[kind].request, content, request_id: request.id });
  return request;
}

async function answerRequest(
  team: TeammateManager, tracker: RequestTracker, ctx: ToolContext, kind: RequestKind, by: string,
  input: Record<string, unknown>, note: unknown,
): Promise<ProtocolRequest> {
  if (typeof input.approve !== 'boolean') throw new ToolError('"approve" must be true or false');
  if (note !== undefined && typeof note !== 'string') throw new ToolError('the feedback or reason must be a string');
  const reason = note?.trim() || undefined;
  const request = tracker.resolve(input.request_id, { kind, by, approve: input.approve, reason });
  const status = request.status as 'approved' | 'rejected';
  ctx.sink.emit({
    type: 'protocol.resolved', actor: ctx.actor, requestId: request.id, kind, status, by, ...(reason ? { reason } : {}),
  });
  await sendMail(team.bus, ctx.sink, ctx.actor, {
    to: request.from, from: by, type: MESSAGES[kind].answer, content: reason ?? status, request_id: request.id, approve: input.approve,
  });
  return request;
}

function activeTeammate(team: TeammateManager, value: unknown): string {
  const member = typeof value === 'string' ? team.roster.get(value.trim()) : undefined;
  if (!member) {
    const names = team.members().map((m) => m.name);
    throw new ToolError(`no teammate named ${JSON.stringify(value)}; ${names.length ? `teammates: ${names.join(', ')}` : 'spawn one first'}`);
  }
  if (member.status === 'shutdown') throw new ToolError(`${member.name} has already shut down`);
  return member.name;
}

// s10: one state machine for every request/response protocol. A request is created pending and is
// answered exactly once, by the member it was sent to: pending → approved | rejected. Shutdown and plan
// approval differ only in their kind and in what the answer triggers.
import { ToolError } from '../../agent/types';
import type { RequestKind, RequestStatus } from '../../timeline/events';

export interface ProtocolRequest {
  id: string;
  kind: RequestKind;
  from: string;
  to: string;
  content: string;
  status: RequestStatus;
  reason?: string;
}

/** Which tool answers which kind of request (named in errors so the model can correct itself). */
const ANSWERED_BY: Record<RequestKind, string> = { shutdown: 'shutdown_response', plan: 'plan_review' };

export class RequestTracker {
  private readonly requests = new Map<string, ProtocolRequest>();

  open(kind: RequestKind, from: string, to: string, content: string): ProtocolRequest {
    const request: ProtocolRequest = { id: `req_${this.requests.size + 1}`, kind, from, to, content, status: 'pending' };
    this.requests.set(request.id, request);
    return request;
  }

  // #region request-state
  /** Answer a pending request. Every way of getting it wrong is a ToolError the model can act on. */
  resolve(id: unknown, answer: { kind: RequestKind; by: string; approve: boolean; reason?: string }): ProtocolRequest {
    const request = typeof id === 'string' ? this.requests.get(id) : undefined;
    if (!request) throw new ToolError(`unknown request_id ${JSON.stringify(id)}; ${this.describePending()}`);
    if (request.kind !== answer.kind) {
      throw new ToolError(`${request.id} is a ${request.kind} request; answer it with ${ANSWERED_BY[request.kind]}`);
    }
    if (request.to !== answer.by) throw new ToolError(`${request.id} was sent to ${request.to}, so only ${request.to} can answer it`);
    if (request.status !== 'pending') {
      throw new ToolError(`${request.id} was already answered (${request.status}${request.reason ? `: ${request.reason}` : ''})`);
    }
    request.status = answer.approve ? 'approved' : 'rejected';
    if (answer.reason) request.reason = answer.reason;
    return request;
  }
  // #endregion

  get(id: string): ProtocolRequest | undefined {
    return this.requests.get(id);
  }

  list(): ProtocolRequest[] {
    return [...this.requests.values()];
  }

  /** Requests still waiting for `name` to answer them. */
  pendingFor(name: string): ProtocolRequest[] {
    return this.list().filter((r) => r.status === 'pending' && r.to === name);
  }

  private describePending(): string {
    const pending = this.list().filter((r) => r.status === 'pending');
    if (pending.length === 0) return 'there are no pending requests';
    return `pending: ${pending.map((r) => `${r.id} (${r.kind} from ${r.from} to ${r.to})`).join(', ')}`;
  }
}

import { afterEach, describe, expect, it } from 'vitest';
import type { Script } from '../../agent/script';
import type { ToolContext } from '../../agent/types';
import { lastUserText, requestIdIn } from '../../lessons/team-script-helpers';
import { type ScriptedRuntime, scriptedRuntime } from '../testing/scripted-runtime';
import { LEAD } from '../team/roster';
import { readInboxBeforeCall } from '../team/team-hooks';
import { createMateMailTools } from '../team/team-tools';
import { TeammateManager } from '../team/teammate-manager';
import { createLeadProtocolTools, createMateProtocolTools } from './protocol-tools';
import { RequestTracker } from './request-tracker';

const BOB = 'Wait for instructions from the lead.';
const PLANNER = 'Plan the login page and wait for review.';

const scripts: Script[] = [
  {
    prompt: BOB,
    turns: [
      { text: 'Waiting.' },
      (req) => ({
        tools: [
          { name: 'shutdown_response', input: { request_id: requestIdIn(lastUserText(req), 'shutdown_request'), approve: true, reason: 'all done' } },
          { name: 'bash', input: { command: 'echo finishing the turn' } },
        ],
      }),
      { text: 'This turn must never be played: bob has shut down.' },
    ],
  },
  {
    prompt: PLANNER,
    turns: [
      { tools: [{ name: 'plan_approval', input: { plan: '1. form 2. validation' } }] },
      { text: 'Waiting for review.' },
      (req) => ({ text: `Review: ${lastUserText(req).includes('"approve":false') ? 'rejected' : 'approved'}` }),
    ],
  },
];

let env: ScriptedRuntime;
let team: TeammateManager;
let tracker: RequestTracker;
let ctx: ToolContext;

function setup() {
  env = scriptedRuntime(scripts);
  tracker = new RequestTracker();
  team = new TeammateManager({
    model: env.model, workspace: env.workspace, sink: env.sink, signal: env.run.signal, maxTurns: 10,
    setup: (mate, t) => ({
      system: `You are ${mate.name}.`,
      tools: [...createMateMailTools(t, mate.name), ...createMateProtocolTools(t, tracker, mate), bash],
      hooks: [readInboxBeforeCall(t, mate.name)],
    }),
  });
  ctx = { actor: 'main', workspace: env.workspace, sink: env.sink, signal: env.run.signal };
}
const bash = { name: 'bash', description: 'echo', input_schema: { type: 'object' as const, properties: {} }, run: async () => 'ok' };
const quiet = () => team.changes.until(() => team.busy().length === 0, env.run.signal);

afterEach(async () => {
  await team.dispose();
  env.cleanup();
});

describe('shutdown protocol', () => {
  it('a teammate that approves shutdown finishes its turn, exits, and is marked shutdown', async () => {
    setup();
    const [shutdownRequest] = createLeadProtocolTools(team, tracker);
    team.spawn('bob', 'helper', BOB);
    await quiet();
    expect(await shutdownRequest.run({ teammate: 'bob' }, ctx)).toBe('Shutdown request req_1 sent to bob; its answer will arrive in your inbox.');
    await team.changes.until(() => team.roster.get('bob')?.status === 'shutdown', env.run.signal);

    const bobCalls = env.sink.ofType('llm.request').filter((e) => e.actor === 'mate:bob');
    expect(bobCalls).toHaveLength(2);
    expect(env.sink.ofType('tool.result').filter((e) => e.actor === 'mate:bob').map((e) => e.name)).toEqual(['shutdown_response', 'bash']);
    expect(tracker.get('req_1')?.status).toBe('approved');
    expect(env.sink.ofType('protocol.requested')).toMatchObject([{ requestId: 'req_1', kind: 'shutdown', from: 'lead', to: 'bob' }]);
    expect(env.sink.ofType('protocol.resolved')).toMatchObject([{ requestId: 'req_1', status: 'approved', by: 'bob', reason: 'all done' }]);
    expect(await team.bus.read(LEAD)).toMatchObject([{ type: 'shutdown_response', from: 'bob', request_id: 'req_1', approve: true }]);
    await expect(shutdownRequest.run({ teammate: 'bob' }, ctx)).rejects.toThrow('bob has already shut down');
  });
});

describe('plan approval protocol', () => {
  it('carries the plan to the lead and the verdict back, and refuses a second or unknown answer', async () => {
    setup();
    const [, planReview] = createLeadProtocolTools(team, tracker);
    team.spawn('alice', 'coder', PLANNER);
    await quiet();
    const [request] = await team.bus.read(LEAD);
    expect(request).toMatchObject({ type: 'plan_approval', from: 'alice', content: '1. form 2. validation', request_id: 'req_1' });

    await expect(planReview.run({ request_id: 'req_7', approve: true }, ctx)).rejects.toThrow(
      'unknown request_id "req_7"; pending: req_1 (plan from alice to lead)',
    );
    expect(await planReview.run({ request_id: 'req_1', approve: false, feedback: 'add rate limiting' }, ctx)).toBe(
      'Plan req_1 from alice rejected; alice has been told.',
    );
    await quiet();
    expect(env.sink.ofType('llm.response').filter((e) => e.actor === 'mate:alice').at(-1)?.content).toEqual([
      { type: 'text', text: 'Review: rejected' },
    ]);
    await expect(planReview.run({ request_id: 'req_1', approve: true }, ctx)).rejects.toThrow(
      'req_1 was already answered (rejected: add rate limiting)',
    );
  });

  it('a teammate cannot answer a plan request with shutdown_response', async () => {
    setup();
    team.spawn('alice', 'coder', PLANNER);
    await quiet();
    const [shutdownResponse] = createMateProtocolTools(team, tracker, team.get('alice')!);
    await expect(shutdownResponse.run({ request_id: 'req_1', approve: true }, { ...ctx, actor: 'mate:alice' })).rejects.toThrow(
      'req_1 is a plan request; answer it with plan_review',
    );
  });
});

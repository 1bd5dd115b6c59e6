import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLesson } from './registry';
import { runExample, toolErrors } from './testing/run-example';

const [PLAN, SHUTDOWN, REJECT] = getLesson('s10').examples;

describe('s10 team protocols: the examples run offline end to end', () => {
  it('alice submits a plan, the lead approves it by request_id, and only then she builds', async () => {
    const run = await runExample('s10', PLAN);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('protocol.requested')).toMatchObject([{ requestId: 'req_1', kind: 'plan', from: 'alice', to: 'lead', actor: 'mate:alice' }]);
      const [resolved] = run.of('protocol.resolved');
      expect(resolved).toMatchObject({ requestId: 'req_1', kind: 'plan', status: 'approved', by: 'lead', actor: 'main' });
      const built = run.of('tool.result').find((e) => e.name === 'write_file')!;
      expect(built.actor).toBe('mate:alice');
      expect(built.seq).toBeGreaterThan(resolved.seq);
      expect(readFileSync(join(run.workspace.root, 'login.html'), 'utf8')).toContain('type="password"');
      expect(run.result.outcome === 'completed' && run.result.text).toContain('login.html is built as planned.');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('bob approves the shutdown request, finishes his turn and is marked shutdown', async () => {
    const run = await runExample('s10', SHUTDOWN);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('protocol.resolved')).toMatchObject([{ requestId: 'req_1', kind: 'shutdown', status: 'approved', by: 'bob' }]);
      // Shut down by the protocol, before the run ended (not by the final clean-up).
      const shutdown = run.of('mate.status').find((e) => e.name === 'bob' && e.status === 'shutdown')!;
      const lastLeadCall = run.of('llm.request').filter((e) => e.actor === 'main').at(-1)!;
      expect(shutdown.seq).toBeLessThan(lastLeadCall.seq);
      // After approving, bob never called the model again.
      const approvedAt = run.of('tool.result').find((e) => e.name === 'shutdown_response')!.seq;
      expect(run.of('llm.request').filter((e) => e.actor === 'mate:bob' && e.seq > approvedAt)).toEqual([]);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('bob (helper): shutdown');
    } finally {
      await run.workspace.dispose();
    }
  });

  it("the lead rejects carol's plan with a reason, and she gets it", async () => {
    const run = await runExample('s10', REJECT);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('protocol.resolved')).toMatchObject([{ requestId: 'req_1', status: 'rejected', reason: expect.stringContaining('loses every existing user') }]);
      expect(run.of('mail.sent').filter((e) => e.to === 'carol').map((e) => e.msgType)).toEqual(['plan_review']);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('I will rework it as a migration');
    } finally {
      await run.workspace.dispose();
    }
  });
});

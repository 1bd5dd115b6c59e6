import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Script, ScriptRequest, ScriptTurn } from '../agent/script';
import { scriptedRuntime } from '../mechanisms/testing/scripted-runtime';
import { getLessonModule } from './agents';
import { getLesson } from './registry';
import { lastUserText, mailIn, previousTools, reactive } from './team-script-helpers';
import { runExample, toolErrors } from './testing/run-example';

const [DOCS, IDLE, ORDER] = getLesson('s11').examples;
/** Quick polls and a short idle timeout, so the runs end soon. */
const FAST = { pollMs: 50, idleTimeoutMs: 500 };

function tasksOnDisk(root: string, ids: number[]) {
  return ids.map((id) => JSON.parse(readFileSync(join(root, '.tasks', `task_${id}.json`), 'utf8')));
}

describe('s11 autonomous agents: the examples run offline end to end', () => {
  it('two teammates work through three tasks; each task is claimed exactly once', async () => {
    const run = await runExample('s11', DOCS, FAST);
    try {
      expect(run.result.outcome).toBe('completed');
      // A lost claim race is an expected, readable error; nothing else may fail.
      expect(toolErrors(run).filter((e) => !e.startsWith('claim_task: Error: task'))).toEqual([]);
      const claims = run.of('task.claimed');
      expect(claims.map((c) => c.taskId).sort()).toEqual([1, 2, 3]);
      expect(tasksOnDisk(run.workspace.root, [1, 2, 3]).map((t) => t.status)).toEqual(['completed', 'completed', 'completed']);
      expect(readFileSync(join(run.workspace.root, 'docs', 'faq.md'), 'utf8')).toContain('# FAQ');
      // Both shut down by themselves after the idle timeout, before the lead's last call.
      const shutdowns = run.of('mate.status').filter((e) => e.status === 'shutdown');
      expect(shutdowns.map((e) => e.name).sort()).toEqual(['ann', 'ben']);
      const lastLeadCall = run.of('llm.request').filter((e) => e.actor === 'main').at(-1)!;
      expect(shutdowns.every((e) => e.seq < lastLeadCall.seq)).toBe(true);
      expect(run.of('loop.waiting')[0]).toMatchObject({ actor: 'main', for: ['mate:ann', 'mate:ben'] });
    } finally {
      await run.workspace.dispose();
    }
  });

  it('a teammate with nothing to do goes idle, then shuts down after the idle timeout', async () => {
    const run = await runExample('s11', IDLE, FAST);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('mate.status').map((e) => e.status)).toEqual(['idle', 'shutdown']);
      expect(run.of('tool.call').filter((e) => e.actor === 'mate:zoe').map((e) => e.name)).toEqual(['task_list', 'idle']);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('Idle for 0.5 s with no mail and no claimable task');
      expect(run.result.outcome === 'completed' && run.result.text).toContain('zoe (helper): shutdown');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('a blocked task is claimed only after its blocker is completed', async () => {
    const run = await runExample('s11', ORDER, FAST);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run).filter((e) => !e.startsWith('claim_task: Error: task'))).toEqual([]);
      const firstDone = run.of('task.updated').find((e) => e.task.id === 1 && e.task.status === 'completed')!;
      expect(firstDone.unblocked).toEqual([2]);
      const secondClaimed = run.of('task.claimed').find((e) => e.taskId === 2)!;
      expect(secondClaimed.seq).toBeGreaterThan(firstDone.seq);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('src/report.js works: hello-service listens on port 8080');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('after a teammate context is compacted its identity is restated, and it still finishes its work', async () => {
    const run = await runExample('s11', DOCS, { ...FAST, autoCompactTokens: 700 });
    try {
      expect(run.result.outcome).toBe('completed');
      const compactions = run.of('context.compacted').filter((e) => e.layer === 'auto');
      expect(compactions.length).toBeGreaterThan(0);
      const restated = run.of('identity.restated');
      expect(restated.length).toBe(compactions.length);
      for (const e of restated) {
        const next = run.of('llm.request').find((r) => r.actor === e.actor && r.seq > e.seq);
        expect(next).toBeDefined();
      }
      const replaced = run.of('messages.replaced').find((e) => e.reason === 'identity restated')!;
      expect(replaced.messages[0].content).toMatch(/^<identity>You are '(ann|ben)', role: writer, on a team led by 'lead'/);
      expect(tasksOnDisk(run.workspace.root, [1, 2, 3]).map((t) => t.status)).toEqual(['completed', 'completed', 'completed']);
    } finally {
      await run.workspace.dispose();
    }
  });
});

describe('s11 plan approval', () => {
  const LEAD_PROMPT = 'Spawn pat and review the plan pat submits.';
  const PAT = 'Submit a plan for review, then go idle until the review arrives.';
  const received = (req: ScriptRequest, type: string) => mailIn(lastUserText(req)).filter((m) => m.type === type);
  const idle = { name: 'idle', input: {} };
  const scripts: Script[] = [
    {
      prompt: LEAD_PROMPT,
      turns: reactive((req): ScriptTurn => {
        const plan = received(req, 'plan_approval')[0];
        if (plan) return { tools: [{ name: 'plan_review', input: { request_id: plan.request_id, approve: true } }] };
        if (previousTools(req).length === 0) return { tools: [{ name: 'spawn_teammate', input: { name: 'pat', role: 'coder', prompt: PAT } }] };
        return { text: 'Waiting.' };
      }),
    },
    {
      prompt: PAT,
      turns: reactive((req): ScriptTurn => {
        if (received(req, 'plan_review').length > 0) return { text: 'Approved; nothing else to do.', tools: [idle] };
        if (previousTools(req).length === 0) return { tools: [{ name: 'plan_approval', input: { plan: 'Write one file.' } }] };
        return { tools: [idle] };
      }),
    },
  ];

  it('a plan from a teammate that then goes idle wakes the lead, and the review reaches it before its idle timeout', async () => {
    const env = scriptedRuntime(scripts);
    const agent = getLessonModule('s11').createAgent(env.rt('s11', { pollMs: 20, idleTimeoutMs: 1_500 }));
    try {
      await agent.send(LEAD_PROMPT);
      const review = env.sink.ofType('mail.sent').find((e) => e.to === 'pat' && e.msgType === 'plan_review')!;
      const shutdown = env.sink.ofType('mate.status').find((e) => e.name === 'pat' && e.status === 'shutdown')!;
      expect(review.seq).toBeLessThan(shutdown.seq);
      const patRead = env.sink.ofType('mail.read').find((e) => e.name === 'pat' && e.seq > review.seq)!;
      expect(patRead.seq).toBeLessThan(shutdown.seq);
      expect(env.sink.ofType('protocol.resolved')).toMatchObject([{ kind: 'plan', status: 'approved', by: 'lead' }]);
    } finally {
      await agent.dispose();
      env.cleanup();
    }
  });
});

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newLoopState } from '../../agent/loop';
import { COMPACT_SUMMARY_MARKER } from '../../agent/scripted';
import { TaskBoard } from '../tasks/task-board';
import { type ScriptedRuntime, scriptedRuntime } from '../testing/scripted-runtime';
import { LEAD } from '../team/roster';
import { type Teammate, TeammateManager, mateActor } from '../team/teammate-manager';
import { createIdleTool } from './autonomy-tools';
import { claimNext } from './claim';
import { identityBlock, restateIdentity } from './identity';
import { pollWhileIdle } from './idle-poll';

let env: ScriptedRuntime;
let team: TeammateManager;
let board: TaskBoard;

function setup() {
  env = scriptedRuntime([]);
  team = new TeammateManager({
    model: env.model, workspace: env.workspace, sink: env.sink, signal: env.run.signal, maxTurns: 5,
    setup: () => ({ system: '', tools: [], hooks: [] }),
  });
  board = new TaskBoard(join(env.workspace.root, '.tasks'));
}

afterEach(async () => {
  env.run.abort();
  await team.dispose();
  env.cleanup();
});

function mate(name: string): Teammate {
  const actor = mateActor(name);
  return { name, role: 'worker', prompt: '', actor, exit: null, signal: env.run.signal, state: newLoopState(actor, env.sink, env.run.signal) };
}

describe('claiming from the board', () => {
  it('ten teammates racing for three tasks: each task goes to exactly one of them', async () => {
    setup();
    for (const subject of ['a', 'b', 'c']) await board.create({ subject });
    const names = Array.from({ length: 10 }, (_, i) => `m${i}`);
    const claims = await Promise.all(names.map((n) => claimNext(board, mate(n))));

    const won = claims.flatMap((task, i) => (task ? [[task.id, names[i]] as const] : []));
    expect(won.map(([id]) => id).sort()).toEqual([1, 2, 3]);
    const tasks = await board.list();
    for (const [id, owner] of won) expect(tasks.find((t) => t.id === id)).toMatchObject({ owner, status: 'in_progress' });
    expect(env.sink.ofType('task.claimed')).toHaveLength(3);
  });

  it('never claims a blocked task, and claims it once its blocker is completed', async () => {
    setup();
    await board.create({ subject: 'first' });
    await board.create({ subject: 'second', blockedBy: [1] });
    expect((await claimNext(board, mate('ann')))?.id).toBe(1);
    expect(await claimNext(board, mate('ben'))).toBeNull();
    await board.update(1, { status: 'completed' });
    expect((await claimNext(board, mate('ben')))?.id).toBe(2);
  });
});

describe('pollWhileIdle', () => {
  const timing = { pollMs: 20, idleTimeoutMs: 300 };

  it('shuts down after the idle timeout when there is neither mail nor work, and tells the lead', async () => {
    setup();
    expect(await pollWhileIdle(board, timing)(mate('ann'), team)).toEqual({ wake: false });
    expect(await team.bus.read(LEAD)).toMatchObject([
      { from: 'ann', type: 'message', content: 'Idle for 0.3 s with no mail and no claimable task: shutting down.' },
    ]);
  });

  it('claims a task that appears on the board while it polls, and hands it over as an <auto-claimed> note', async () => {
    setup();
    const ann = mate('ann');
    const polling = pollWhileIdle(board, timing)(ann, team);
    await new Promise((r) => setTimeout(r, 50));
    await board.create({ subject: 'write docs', description: 'docs/intro.md' });
    const outcome = await polling;
    expect(outcome).toEqual({
      wake: true,
      note: '<auto-claimed>Task #1: write docs\ndocs/intro.md\nIt is yours now: do it, then mark it completed with task_update.</auto-claimed>',
    });
    expect((await board.get(1)).owner).toBe('ann');
    expect(env.sink.ofType('task.claimed')).toMatchObject([{ actor: 'mate:ann', taskId: 1, owner: 'ann' }]);
  });

  it('wakes for mail without claiming anything', async () => {
    setup();
    await board.create({ subject: 'left for later' });
    await team.bus.send({ to: 'ann', from: LEAD, type: 'message', content: 'hi' });
    expect(await pollWhileIdle(board, timing)(mate('ann'), team)).toEqual({ wake: true });
    expect((await board.get(1)).owner).toBeNull();
  });
});

describe('the idle tool', () => {
  it('never downgrades a shutdown approved earlier in the same turn', async () => {
    setup();
    const ann = mate('ann');
    const ctx = { actor: ann.actor, workspace: env.workspace, sink: env.sink, signal: env.run.signal };
    ann.exit = 'shutdown';
    expect(await createIdleTool(ann).run({}, ctx)).toBe('You already approved your shutdown: you stop after this turn.');
    expect(ann.exit).toBe('shutdown');
  });
});

describe('restateIdentity (after compaction)', () => {
  it('puts the identity back on top of a compacted history, once', async () => {
    setup();
    const ann = mate('ann');
    const { state } = ann;
    const hook = restateIdentity(ann);
    state.messages.push({ role: 'user', content: 'do the work' });
    await hook.beforeModelCall!(state);
    expect(env.sink.ofType('identity.restated')).toEqual([]);

    state.messages.splice(0, 1, { role: 'user', content: `${COMPACT_SUMMARY_MARKER}\nThe user asked: "do the work"` });
    await hook.beforeModelCall!(state);
    await hook.beforeModelCall!(state);
    expect(state.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(state.messages[0].content).toBe(identityBlock(ann));
    expect(identityBlock(ann)).toBe("<identity>You are 'ann', role: worker, on a team led by 'lead'. Continue your work.</identity>");
    expect(env.sink.ofType('identity.restated')).toMatchObject([{ actor: 'mate:ann', name: 'ann' }]);
  });
});

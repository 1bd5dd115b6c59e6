import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TaskBoard } from './task-board';

let dir: string;
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'taskboard-')), '.tasks');
});
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('TaskBoard', () => {
  it('stores one JSON file per task and survives a restart', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'parse args' });
    await board.create({ subject: 'print report', description: 'summary table', blockedBy: [1] });
    expect((await readdir(dir)).sort()).toEqual(['task_1.json', 'task_2.json']);
    expect(JSON.parse(await readFile(join(dir, 'task_2.json'), 'utf8'))).toEqual({
      id: 2, subject: 'print report', description: 'summary table', status: 'pending', owner: null, blockedBy: [1], blocks: [],
    });

    const reopened = new TaskBoard(dir);
    expect((await reopened.list()).map((t) => [t.id, t.subject, t.blockedBy, t.blocks])).toEqual([
      [1, 'parse args', [], [2]],
      [2, 'print report', [1], []],
    ]);
    expect(reopened.snapshot()).toEqual(await reopened.list());
    expect((await reopened.create({ subject: 'third' })).task.id).toBe(3);
  });

  it('keeps both directions of a dependency consistent', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'a' });
    await board.create({ subject: 'b' });
    await board.create({ subject: 'c' });
    const change = await board.update(3, { addBlockedBy: [1] });
    expect(change.task.blockedBy).toEqual([1]);
    expect(change.others.map((t) => [t.id, t.blocks])).toEqual([[1, [3]]]);
    await board.update(2, { addBlocks: [3] });
    expect((await board.get(3)).blockedBy).toEqual([1, 2]);
    await board.update(3, { removeBlockedBy: [1] });
    expect((await board.get(3)).blockedBy).toEqual([2]);
    expect((await board.get(1)).blocks).toEqual([]);
  });

  it('completing a task removes it from its dependants and reports the ones now unblocked', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'parse args' });
    await board.create({ subject: 'read config' });
    await board.create({ subject: 'report', blockedBy: [1, 2] });
    const first = await board.update(1, { status: 'completed' });
    expect(first.unblocked).toEqual([]);
    expect((await board.get(3)).blockedBy).toEqual([2]);
    const second = await board.update(2, { status: 'completed' });
    expect(second.unblocked).toEqual([3]);
    expect(second.others.map((t) => [t.id, t.blockedBy])).toEqual([[3, []]]);
  });

  it('a dependency on an already completed task is recorded but blocks nothing', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'done already' });
    await board.update(1, { status: 'completed' });
    const { task, others } = await board.create({ subject: 'next', blockedBy: [1] });
    expect(task.blockedBy).toEqual([]);
    expect(others.map((t) => [t.id, t.blocks])).toEqual([[1, [2]]]);
    expect((await board.findClaimable()).map((t) => t.id)).toEqual([2]);
  });

  it('refuses a dependency cycle and says which path it would close', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'a' });
    await board.create({ subject: 'b', blockedBy: [1] });
    await board.create({ subject: 'c', blockedBy: [2] });
    await expect(board.update(1, { addBlockedBy: [3] })).rejects.toThrow(
      'task 3 cannot block task 1: that would make a cycle (1 → 2 → 3 → 1)',
    );
    await expect(board.update(1, { addBlockedBy: [1] })).rejects.toThrow('task 1 cannot block itself');
    expect((await board.get(1)).blockedBy).toEqual([]);
  });

  it('names the unknown id and the existing ones; nothing is written on a refused change', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'a' });
    await expect(board.update(7, { status: 'completed' })).rejects.toThrow('task 7 not found; existing task ids: 1');
    await expect(board.create({ subject: 'b', blockedBy: [9] })).rejects.toThrow('task 9 not found');
    expect(await readdir(dir)).toEqual(['task_1.json']);
  });

  it('will not start or complete a blocked task, nor reopen a completed one', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'a' });
    await board.create({ subject: 'b', blockedBy: [1] });
    await expect(board.update(2, { status: 'in_progress' })).rejects.toThrow('task 2 cannot be started: it is blocked by task 1; complete those first');
    await expect(board.update(2, { status: 'completed' })).rejects.toThrow('task 2 cannot be completed: it is blocked by task 1');
    await board.update(1, { status: 'completed' });
    await expect(board.update(1, { status: 'pending' })).rejects.toThrow('task 1 is completed; completed tasks cannot be reopened');
  });

  it('claims only pending, unowned, unblocked tasks', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'free' });
    await board.create({ subject: 'waits', blockedBy: [1] });
    expect((await board.findClaimable()).map((t) => t.id)).toEqual([1]);
    await expect(board.claim(2, 'bob')).rejects.toThrow('task 2 is blocked by task 1');
    expect(await board.claim(1, 'alice')).toMatchObject({ id: 1, owner: 'alice', status: 'in_progress' });
    await expect(board.claim(1, 'bob')).rejects.toThrow('task 1 is already owned by alice');
    expect(await board.findClaimable()).toEqual([]);
  });

  it('an update never takes an owned task from its owner; the owner can give it up', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'contested' });
    await board.claim(1, 'alice');
    await expect(board.update(1, { owner: 'bob' })).rejects.toThrow(
      'task 1 is owned by alice; it cannot be given to bob unless alice gives it up first',
    );
    expect((await board.get(1)).owner).toBe('alice');
    await board.update(1, { owner: null, status: 'pending' });
    expect((await board.update(1, { owner: 'bob' })).task.owner).toBe('bob');
  });

  it('a task cannot be in progress without an owner', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'orphan' });
    await expect(board.update(1, { status: 'in_progress' })).rejects.toThrow(
      'task 1 cannot be in_progress without an owner; give it an owner, or set its status to pending',
    );
    await board.claim(1, 'alice');
    await expect(board.update(1, { owner: null })).rejects.toThrow('task 1 cannot be in_progress without an owner');
    expect(await board.get(1)).toMatchObject({ owner: 'alice', status: 'in_progress' });
    expect((await board.update(1, { status: 'in_progress', owner: 'alice' })).task.status).toBe('in_progress');
  });

  it('starting an unowned task takes it for whoever started it; an owned one stays its owner\'s', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'mine now' });
    await board.create({ subject: 'alice\'s' });
    expect((await board.update(1, { status: 'in_progress', by: 'lead' })).task).toMatchObject({ owner: 'lead', status: 'in_progress' });
    await board.update(2, { owner: 'alice' });
    expect((await board.update(2, { status: 'in_progress', by: 'lead' })).task).toMatchObject({ owner: 'alice' });
  });

  it('a task in progress cannot gain an open blocker', async () => {
    const board = new TaskBoard(dir);
    await board.create({ subject: 'under way' });
    await board.create({ subject: 'late dependency' });
    await board.claim(1, 'alice');
    await expect(board.update(1, { addBlockedBy: [2] })).rejects.toThrow(
      'task 1 is in progress (owned by alice); it cannot be blocked by task 2, which is not completed',
    );
    await expect(board.update(2, { addBlocks: [1] })).rejects.toThrow('task 1 is in progress (owned by alice)');
    expect(await board.get(1)).toMatchObject({ blockedBy: [], status: 'in_progress' });
    expect((await board.get(2)).blocks).toEqual([]);
  });

  it('lets exactly one of 10 concurrent claimers take a task', async () => {
    await new TaskBoard(dir).create({ subject: 'contested' });
    const claimers = Array.from({ length: 10 }, (_, i) => new TaskBoard(dir).claim(1, `mate${i}`));
    const outcomes = await Promise.allSettled(claimers);
    const winners = outcomes.filter((o) => o.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    const owner = (winners[0] as PromiseFulfilledResult<{ owner: string }>).value.owner;
    expect((await new TaskBoard(dir).get(1)).owner).toBe(owner);
  });
});

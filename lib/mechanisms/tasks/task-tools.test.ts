import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Tool, ToolContext } from '../../agent/types';
import { recordingSink, type RecordingSink } from '../testing/loop-state';
import { TaskBoard } from './task-board';
import { createTaskTools } from './task-tools';

let root: string;
let tools: Map<string, Tool>;
let sink: RecordingSink;
let ctx: ToolContext;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'task-tools-'));
  tools = new Map(createTaskTools(new TaskBoard(join(root, '.tasks'))).map((t) => [t.name, t]));
  sink = recordingSink();
  ctx = { actor: 'main', workspace: { root, resolve: (p) => join(root, p) }, sink, signal: new AbortController().signal };
});
afterEach(() => rm(root, { recursive: true, force: true }));

const call = (name: string, input: Record<string, unknown>) => tools.get(name)!.run(input, ctx);

describe('task tools', () => {
  it('create and update report to the model and emit what changed on the board', async () => {
    await call('task_create', { subject: 'parse args' });
    expect(await call('task_create', { subject: 'report', blockedBy: [1] })).toBe('Created [ ] #2 report (blocked by #1)');
    expect(await call('task_update', { id: 1, status: 'completed' })).toBe('Updated [x] #1 parse args\nNow unblocked: #2 report');
    expect(sink.ofType('task.created').map((e) => e.task.id)).toEqual([1, 2]);
    expect(sink.ofType('task.updated').map((e) => [e.task.id, e.unblocked])).toEqual([[1, []], [1, [2]], [2, []]]);
    expect(await call('task_list', {})).toBe('[x] #1 parse args\n[ ] #2 report');
  });

  it('names the bad field in every refusal', async () => {
    await call('task_create', { subject: 'a' });
    await expect(call('task_create', { subject: '  ' })).rejects.toThrow('"subject" must be a non-empty string');
    await expect(call('task_update', { id: 1, status: 'done' })).rejects.toThrow('status must be one of pending, in_progress, completed, got "done"');
    await expect(call('task_update', { id: 'first' })).rejects.toThrow('"id" must be a task id (a positive integer), got "first"');
    await expect(call('task_get', { id: 9 })).rejects.toThrow('task 9 not found; existing task ids: 1');
    await expect(call('task_create', { subject: 'b', blockedBy: 1 })).rejects.toThrow('"blockedBy" must be an array of task ids');
  });

  it('an owner can be set, and cleared when the task goes back to pending', async () => {
    await call('task_create', { subject: 'a' });
    expect(await call('task_update', { id: 1, owner: 'alice', status: 'in_progress' })).toBe('Updated [>] #1 a @alice');
    expect(JSON.parse(await call('task_get', { id: '1' }))).toMatchObject({ owner: 'alice' });
    await expect(call('task_update', { id: 1, owner: '' })).rejects.toThrow('task 1 cannot be in_progress without an owner');
    expect(await call('task_update', { id: 1, owner: '', status: 'pending' })).toBe('Updated [ ] #1 a');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModelSeam } from '../agent/model';
import { runLesson } from './run-lesson';
import { createSink } from '../agent/sink';
import { createWorkspace } from '../agent/workspace';
import type { TaskRecord } from '../timeline/events';
import { lesson } from './s07-task-system';
import { getLesson } from './registry';
import { runExample, toolErrors } from './testing/run-example';

const [CREATE, COMPLETE, LIST] = getLesson('s07').examples;
const onDisk = (root: string, id: number): TaskRecord => JSON.parse(readFileSync(join(root, '.tasks', `task_${id}.json`), 'utf8'));

describe('s07 task system: the examples run offline end to end', () => {
  it('builds the dependency graph on disk, reusing the task an earlier session completed', async () => {
    const run = await runExample('s07', CREATE);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('task.created').map((e) => e.task.subject)).toEqual(['parse args', 'print a report']);
      const report = onDisk(run.workspace.root, 3);
      expect(report).toMatchObject({ subject: 'print a report', blockedBy: [2], status: 'pending' });
      expect(onDisk(run.workspace.root, 2).blocks).toEqual([3]);
      expect(onDisk(run.workspace.root, 1).blocks).toEqual([3]);
    } finally {
      await run.workspace.dispose();
    }
  });

  it('completing "parse args" unblocks the report', async () => {
    const run = await runExample('s07', COMPLETE);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('task.updated').find((e) => e.task.subject === 'parse args' && e.task.status === 'completed')).toMatchObject({ unblocked: [3] });
      expect(onDisk(run.workspace.root, 3).blockedBy).toEqual([]);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('unblocked: #3 print a report');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('lists the board, which starts with the task saved by an earlier session', async () => {
    const run = await runExample('s07', LIST);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(run.result.outcome === 'completed' && run.result.text).toContain('[x] #1 read config @lead');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('the board survives a restart: a new agent over the same workspace sees the tasks and adds none', async () => {
    const workspace = await createWorkspace('s07');
    const model = createModelSeam({ env: {}, scripts: lesson.scripts, chunkDelayMs: 0 });
    try {
      await runLesson({ lesson: 's07', prompt: CREATE, sink: createSink(), model, workspace });
      const sink = createSink(undefined, { collect: true });
      const result = await runLesson({ lesson: 's07', prompt: COMPLETE, sink, model, workspace });
      expect(result.outcome).toBe('completed');
      expect(sink.events.filter((e) => e.type === 'task.created')).toEqual([]);
      expect(onDisk(workspace.root, 2).status).toBe('completed');
      expect(onDisk(workspace.root, 3).blockedBy).toEqual([]);
    } finally {
      await workspace.dispose();
    }
  });
});

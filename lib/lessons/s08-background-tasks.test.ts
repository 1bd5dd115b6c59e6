import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModelSeam } from '../agent/model';
import { runLesson } from './run-lesson';
import { createSink } from '../agent/sink';
import { createWorkspace } from '../agent/workspace';
import { liveGroupMembers } from '../mechanisms/testing/process-table';
import { getLesson } from './registry';
import { lesson } from './s08-background-tasks';
import { runExample, toolErrors } from './testing/run-example';

const [SLEEPS, TESTS, FAILS] = getLesson('s08').examples;

describe('s08 background tasks: the examples run offline end to end', () => {
  it('sleep 2/4/6 run side by side; the loop waits at the end of the turn and drains all three once, in finish order', async () => {
    const run = await runExample('s08', SLEEPS);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('bg.started').map((e) => e.actor)).toEqual(['bg:1', 'bg:2', 'bg:3']);
      // Every process was started before the first one finished: they overlap.
      const firstFinish = run.of('bg.finished')[0].seq;
      expect(run.of('bg.started').every((e) => e.seq < firstFinish)).toBe(true);
      expect(run.of('loop.waiting')).toMatchObject([{ actor: 'main', for: ['bg:1', 'bg:2', 'bg:3'] }]);
      const drains = run.of('queue.drained');
      expect(drains).toHaveLength(1);
      expect(drains[0].ids).toEqual(['1', '2', '3']);
      expect(drains[0].text).toBe(
        '<background-results>\n[bg:1] completed: slept 2 s\n[bg:2] completed: slept 4 s\n[bg:3] completed: slept 6 s\n</background-results>',
      );
      // The drain comes right before the model call that reads it.
      const next = run.events[drains[0].seq + 2];
      expect(next).toMatchObject({ type: 'llm.request', turn: drains[0].beforeTurn });
      expect(run.result.outcome === 'completed' && run.result.text).toContain('about 6 seconds');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('the test suite runs in the background while the summary is written, and its result reaches the model', async () => {
    const run = await runExample('s08', TESTS);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(readFileSync(join(run.workspace.root, 'SUMMARY.md'), 'utf8')).toContain('`greet`, `languages`');
      // The summary was written before the suite finished: the work overlapped.
      const written = run.of('tool.result').find((e) => e.name === 'write_file')!;
      expect(written.seq).toBeLessThan(run.of('bg.finished')[0].seq);
      expect(run.of('bg.finished')).toMatchObject([{ status: 'completed', exitCode: 0 }]);
      expect(run.of('queue.drained')).toHaveLength(1);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('8 tests, 8 passed, 0 failed');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('a failing command is reported as failed with its exit code', async () => {
    const run = await runExample('s08', FAILS);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(run.of('bg.finished')).toMatchObject([{ status: 'failed', exitCode: 2 }]);
      expect(run.of('queue.drained')[0].text).toMatch(/^<background-results>\n\[bg:1\] failed: exit code 2; ls: cannot access 'no-such-dir'/);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('bg:1 failed with exit code 2');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('cancelling the run kills the background processes and leaves nothing queued', async () => {
    const controller = new AbortController();
    const workspace = await createWorkspace('s08');
    const sink = createSink((e) => {
      if (e.type === 'loop.waiting') controller.abort(new Error('cancelled by the user'));
    }, { collect: true });
    try {
      const result = await runLesson({
        lesson: 's08', prompt: SLEEPS, sink, workspace, signal: controller.signal,
        model: createModelSeam({ env: {}, scripts: lesson.scripts, chunkDelayMs: 0 }),
      });
      expect(result.outcome).toBe('cancelled');
      const finished = sink.events.filter((e) => e.type === 'bg.finished');
      expect(finished.map((e) => e.type === 'bg.finished' && e.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
      // Each command is a group (sh and its sleep); the group id is the pid bg.started reports.
      const groups = sink.events.flatMap((e) => (e.type === 'bg.started' ? [e.pid] : []));
      const alive = () => groups.flatMap(liveGroupMembers);
      // A killed process closes its pipes a moment before the kernel marks it exited: allow that moment.
      for (let i = 0; i < 100 && alive().length > 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(alive()).toEqual([]);
      expect(sink.events.at(-1)).toMatchObject({ type: 'run.finished', outcome: 'cancelled' });
      expect(existsSync(workspace.root)).toBe(true);
    } finally {
      await workspace.dispose();
    }
  });
});

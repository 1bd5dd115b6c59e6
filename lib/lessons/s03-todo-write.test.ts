import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLesson } from './registry';
import { runExample, toolErrors } from './testing/run-example';

const [DOCS, REFACTOR, REVIEW] = getLesson('s03').examples;

describe('s03 todo write: the examples run offline end to end', () => {
  it('plans the docs, forgets to update the list for 3 turns, gets reminded once, and finishes every item', async () => {
    const run = await runExample('s03', DOCS);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('todo.reminder')).toMatchObject([{ turnsSinceUpdate: 3 }]);
      const lists = run.of('todo.updated').map((e) => e.items.map((t) => t.status));
      expect(lists.at(-1)).toEqual(['completed', 'completed', 'completed']);
      for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) expect(existsSync(join(run.workspace.root, file))).toBe(true);
    } finally {
      await run.workspace.dispose();
    }
  });

  it('walks a refactor through its todos one at a time, and the tests still pass', async () => {
    const run = await runExample('s03', REFACTOR);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      for (const items of run.of('todo.updated').map((e) => e.items)) {
        expect(items.filter((t) => t.status === 'in_progress').length).toBeLessThanOrEqual(1);
      }
      expect(run.of('todo.reminder')).toEqual([]);
      expect(readFileSync(join(run.workspace.root, 'src/math.js'), 'utf8')).toContain("export { add } from './add.js'");
      const testRun = run.of('tool.result').find((e) => e.name === 'bash' && e.output.includes('# pass'));
      expect(testRun?.output).toContain('# fail 0');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('a list with two items in progress is refused with a message the model acts on', async () => {
    const run = await runExample('s03', REVIEW);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual(['todo: Error: only one todo may be in_progress at a time, got 2 ("1", "2"); finish one first']);
      expect(run.of('todo.updated').at(-1)?.items.every((t) => t.status === 'completed')).toBe(true);
      expect(readFileSync(join(run.workspace.root, 'REVIEW.md'), 'utf8')).toMatch(/Tests: all \d+ tests pass/);
    } finally {
      await run.workspace.dispose();
    }
  });
});

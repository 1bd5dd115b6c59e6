import { describe, expect, it } from 'vitest';
import { getLesson } from './registry';
import { runExample, toolErrors } from './testing/run-example';

describe('s04 subagent: the examples run offline end to end', () => {
  it.each(getLesson('s04').examples)('%s', async (prompt) => {
    const run = await runExample('s04', prompt);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      // The parent only delegates; the real tool work happens in the child's own lane.
      expect(run.of('tool.call').filter((e) => e.actor === 'main').map((e) => e.name)).toEqual(['task']);
      expect(run.of('tool.call').filter((e) => e.actor === 'sub:1').length).toBeGreaterThan(0);
      const [finished] = run.of('subagent.finished');
      expect(finished).toMatchObject({ actor: 'main', id: '1' });
      // What came back to the parent is exactly the child's final text, and the answer builds on it.
      const result = run.of('tool.result').find((e) => e.actor === 'main' && e.name === 'task');
      expect(result?.output).toBe(finished.summary);
      expect(run.result.outcome === 'completed' && run.result.text).toContain(finished.summary.split('\n')[0]);
    } finally {
      await run.workspace.dispose();
    }
  });
});

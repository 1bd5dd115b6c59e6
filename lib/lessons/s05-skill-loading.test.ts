import { describe, expect, it } from 'vitest';
import { getLesson } from './registry';
import { runExample, toolErrors } from './testing/run-example';

const [REVIEW, COMMIT, PDF] = getLesson('s05').examples;

describe('s05 skill loading: the examples run offline end to end', () => {
  it('announces the catalogue of the workspace skills, then loads code-review before reviewing', async () => {
    const run = await runExample('s05', REVIEW);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('skills.catalog')[0].skills.map((s) => s.name)).toEqual(['code-review', 'commit-message', 'pdf']);
      expect(run.of('skill.loaded').map((e) => e.name)).toEqual(['code-review']);
      // The body reaches the model only as the load_skill result, wrapped in a skill tag.
      const loaded = run.of('tool.result').find((e) => e.name === 'load_skill');
      expect(loaded?.output).toMatch(/^<skill name="code-review">\n# Code review[\s\S]*<\/skill>$/);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('src/server.js:');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('an unknown skill name gets an error listing the available ones, and the model picks the right one', async () => {
    const run = await runExample('s05', COMMIT);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual(['load_skill: Error: unknown skill "git-commit"; available: code-review, commit-message, pdf']);
      expect(run.of('skill.loaded').map((e) => e.name)).toEqual(['commit-message']);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('fix(greet): fall back to English');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('loads the pdf skill on request and reports what it covers', async () => {
    const run = await runExample('s05', PDF);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(run.of('skill.loaded')).toMatchObject([{ name: 'pdf' }]);
      expect(run.result.outcome === 'completed' && run.result.text).toContain('- Extract text');
    } finally {
      await run.workspace.dispose();
    }
  });
});

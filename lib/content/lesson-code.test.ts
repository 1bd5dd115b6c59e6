import { describe, expect, it } from 'vitest';
import { loadLessonCode } from './lesson-code';

const FILES: Record<string, string> = {
  'lib/lessons/s01-agent-loop.ts': "import { runLoop } from '../agent/loop';\nconst tools = [bash];\nexport const s01 = 1;\n",
  'lib/lessons/s02-tool-use.ts':
    "import { runLoop } from '../agent/loop';\nimport { baseTools } from '../agent/tools/base';\nconst tools = baseTools;\nexport const s02 = 1;\n",
  'lib/agent/loop.ts': 'export function runLoop() {}\n',
  'lib/agent/tools/base.ts': 'export const baseTools = [];\n',
};
const read = (p: string) => FILES[p] ?? null;

describe('loadLessonCode', () => {
  it('lists the agent module first, then the files it composes', async () => {
    const view = (await loadLessonCode('s02', read))!;
    expect(view.files.map((f) => f.path)).toEqual(['lib/lessons/s02-tool-use.ts', 'lib/agent/loop.ts', 'lib/agent/tools/base.ts']);
  });

  it('has no diff for the first lesson', async () => {
    expect((await loadLessonCode('s01', read))!.diff).toBeNull();
  });

  it('diffs the agent module against the previous lesson and counts the changes', async () => {
    const diff = (await loadLessonCode('s02', read))!.diff!;
    expect(diff.fromLesson).toBe('s01');
    expect([diff.added, diff.removed]).toEqual([3, 2]);
    const added = diff.hunks.flat().filter((r) => r.kind === 'added');
    expect(added.map((r) => r.tokens.map((t) => t.text).join(''))).toEqual([
      "import { baseTools } from '../agent/tools/base';",
      'const tools = baseTools;',
      'export const s02 = 1;',
    ]);
  });

  it('names the files the previous agent did not have', async () => {
    expect((await loadLessonCode('s02', read))!.diff!.newFiles).toEqual(['lib/agent/tools/base.ts']);
  });

  it('returns null when the lesson has no agent module yet', async () => {
    expect(await loadLessonCode('s05', read)).toBeNull();
  });
});

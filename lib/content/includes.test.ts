import { describe, expect, it } from 'vitest';
import { loadCodeInclude } from './includes';

const FILE = "import x from 'y';\n\n// #region loop\nfor (;;) {\n  step();\n}\n// #endregion\n";
const read = (p: string) => (p === 'lib/agent/loop.ts' ? FILE : null);
const text = (lines: { text: string }[][]) => lines.map((l) => l.map((t) => t.text).join('')).join('\n');

describe('loadCodeInclude', () => {
  it('includes a region with its line range in the real file', async () => {
    const inc = await loadCodeInclude('lib/agent/loop.ts', 'loop', read);
    expect(text(inc.lines)).toBe('for (;;) {\n  step();\n}');
    expect([inc.firstLine, inc.lastLine]).toEqual([4, 6]);
  });

  it('includes the whole file when no region is named', async () => {
    const inc = await loadCodeInclude('lib/agent/loop.ts', undefined, read);
    expect(inc.firstLine).toBe(1);
    expect(text(inc.lines)).toBe(FILE.replace(/\n$/, ''));
  });

  it('fails with a message naming the missing file or region', async () => {
    await expect(loadCodeInclude('lib/nope.ts', 'loop', read)).rejects.toThrow('<Code file="lib/nope.ts">: no such file');
    await expect(loadCodeInclude('lib/agent/loop.ts', 'drain', read)).rejects.toThrow('region="drain">: the file has no such region');
  });
});

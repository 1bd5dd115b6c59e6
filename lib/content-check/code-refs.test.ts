import { describe, expect, it } from 'vitest';
import { checkCodeRefs, scanCodeRefs } from './code-refs';

const LOOP = "// #region loop\nfor (;;) {}\n// #endregion\n// #region dispatch\ndispatch();\n// #endregion";
const read = (p: string) => (p === 'lib/agent/loop.ts' ? LOOP : null);

describe('scanCodeRefs', () => {
  it('finds <Code> tags with their attributes, but not inside fenced code', () => {
    const src = 'Intro\n<Code file="a.ts" region="r" />\n```mdx\n<Code file="b.ts" />\n```\n<Code file="c.ts"/>';
    expect(scanCodeRefs(src)).toEqual([
      { line: 2, file: 'a.ts', region: 'r' },
      { line: 6, file: 'c.ts', region: null },
    ]);
  });
});

describe('checkCodeRefs', () => {
  it('passes for an existing file and region', () => {
    expect(checkCodeRefs('x.mdx', '<Code file="lib/agent/loop.ts" region="dispatch" />', read)).toEqual([]);
  });

  it('reports a file that does not exist', () => {
    expect(checkCodeRefs('x.mdx', '<Code file="lib/agent/nope.ts" region="loop" />', read)).toEqual([
      'x.mdx:1: <Code> file "lib/agent/nope.ts" does not exist',
    ]);
  });

  it('reports a missing region and lists the ones the file has', () => {
    expect(checkCodeRefs('x.mdx', '\n<Code file="lib/agent/loop.ts" region="drain" />', read)).toEqual([
      'x.mdx:2: region "drain" not found in lib/agent/loop.ts (it has: loop, dispatch)',
    ]);
  });

  it('reports a <Code> without a file', () => {
    expect(checkCodeRefs('x.mdx', '<Code region="loop" />', read)).toEqual(['x.mdx:1: <Code> needs a file="…" attribute']);
  });
});

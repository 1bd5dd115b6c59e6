import { describe, expect, it } from 'vitest';
import { checkCompiles } from './compiles';

describe('checkCompiles', () => {
  it('passes valid MDX with pinned heading ids', async () => {
    expect(await checkCompiles('a.mdx', '## Title {#title}\n\nText with `<tags>` in code.')).toEqual([]);
  });

  it('reports a stray expression brace with its position', async () => {
    const [problem] = await checkCompiles('a.mdx', 'Intro\n\nThe object {a: 1} in prose.');
    expect(problem).toMatch(/^a\.mdx:3:\d+: does not compile as MDX: /);
  });

  it('reports an unclosed JSX tag', async () => {
    expect(await checkCompiles('a.mdx', 'Results arrive in a <background-results> block.')).toHaveLength(1);
  });
});

describe('checkCompiles: emphasis', () => {
  it('reports bold markers that did not render', async () => {
    expect(await checkCompiles('zh.mdx', '本课以**技能（skill）**的形式')).toEqual([
      'zh.mdx: "**" left as text near "本课以**技能（skill）**的形式" (put the markers next to letters, not punctuation)',
    ]);
  });
});

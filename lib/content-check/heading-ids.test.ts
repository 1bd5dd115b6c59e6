import { describe, expect, it } from 'vitest';
import { checkHeadingIds } from './heading-ids';

const SECTIONS = ['problem', 'picture', 'how-it-works', 'what-changed', 'why-this-design', 'try-it'];
const doc = (ids: string[], title = 'T') => ids.map((id) => `## ${title} {#${id}}`).join('\n\n');
const en = { locale: 'en', file: 'en.mdx', source: doc(SECTIONS) };

describe('checkHeadingIds', () => {
  it('passes when all locales share the same ids in the same order', () => {
    expect(checkHeadingIds([en, { locale: 'zh', file: 'zh.mdx', source: doc(SECTIONS, '标题') }])).toEqual([]);
  });

  it('reports a locale whose ids differ from English', () => {
    const ja = { locale: 'ja', file: 'ja.mdx', source: doc([...SECTIONS.slice(0, 5), 'try']) };
    expect(checkHeadingIds([en, ja])).toEqual([
      'ja.mdx: heading ids [problem, picture, how-it-works, what-changed, why-this-design, try] differ from en.mdx [problem, picture, how-it-works, what-changed, why-this-design, try-it]',
    ]);
  });

  it('reports a locale with the same ids in another order', () => {
    const zh = { locale: 'zh', file: 'zh.mdx', source: doc([SECTIONS[1], SECTIONS[0], ...SECTIONS.slice(2)]) };
    expect(checkHeadingIds([en, zh])).toHaveLength(1);
  });

  it('reports a heading without a pinned id, with its line', () => {
    const zh = { locale: 'zh', file: 'zh.mdx', source: `${doc(SECTIONS)}\n\n### 细节` };
    expect(checkHeadingIds([en, zh])[0]).toBe('zh.mdx:13: heading "细节" has no pinned id (write it as "细节 {#some-id}")');
  });

  it('reports an id used twice in one file', () => {
    const twice = { locale: 'en', file: 'en.mdx', source: `${doc(SECTIONS)}\n\n### Again {#problem}` };
    expect(checkHeadingIds([twice])).toEqual(['en.mdx:13: heading id "problem" is used twice']);
  });

  it('requires the six lesson sections in order in the English text', () => {
    const short = { locale: 'en', file: 'en.mdx', source: doc(['problem', 'how-it-works']) };
    expect(checkHeadingIds([short])).toEqual([
      'en.mdx: sections must be problem → picture → how-it-works → what-changed → why-this-design → try-it; found problem → how-it-works',
    ]);
  });
});

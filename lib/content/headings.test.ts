import { describe, expect, it } from 'vitest';
import { escapePinnedIds, scanHeadings, splitPinnedId } from './headings';

const DOC = [
  '# Lesson {#top}',
  '',
  '## The problem {#problem}',
  'Text with {#not-a-heading} inline.',
  '```text',
  '## inside a fence {#fenced}',
  '```',
  '### No id here',
  '## 仕組み {#how-it-works}',
].join('\n');

describe('scanHeadings', () => {
  it('finds headings with their pinned ids, skipping fenced code', () => {
    expect(scanHeadings(DOC).map((h) => [h.depth, h.text, h.id])).toEqual([
      [1, 'Lesson', 'top'],
      [2, 'The problem', 'problem'],
      [3, 'No id here', null],
      [2, '仕組み', 'how-it-works'],
    ]);
  });

  it('reports the source line of each heading', () => {
    expect(scanHeadings(DOC).map((h) => h.line)).toEqual([1, 3, 8, 9]);
  });
});

describe('escapePinnedIds', () => {
  it('escapes the braces of pinned ids on heading lines only', () => {
    const out = escapePinnedIds(DOC).split('\n');
    expect(out[2]).toBe('## The problem \\{#problem\\}');
    expect(out[3]).toBe('Text with {#not-a-heading} inline.');
    expect(out[5]).toBe('## inside a fence {#fenced}');
  });
});

describe('splitPinnedId', () => {
  it('separates the heading text from its id', () => {
    expect(splitPinnedId('Why this design {#why-this-design}')).toEqual({ text: 'Why this design', id: 'why-this-design' });
  });

  it('leaves text without an id alone', () => {
    expect(splitPinnedId('Plain')).toEqual({ text: 'Plain', id: null });
  });
});

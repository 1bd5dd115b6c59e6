import { describe, expect, it } from 'vitest';
import { lineDiff } from './diff';

const OLD = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';

describe('lineDiff', () => {
  it('marks added and removed lines with their numbers in each file', () => {
    const next = OLD.replace('e\n', 'E\n');
    const { hunks, added, removed } = lineDiff(OLD, next, 1);
    expect([added, removed]).toEqual([1, 1]);
    expect(hunks).toHaveLength(1);
    expect(hunks[0].rows).toEqual([
      { kind: 'context', oldLine: 4, newLine: 4, text: 'd' },
      { kind: 'removed', oldLine: 5, newLine: null, text: 'e' },
      { kind: 'added', oldLine: null, newLine: 5, text: 'E' },
      { kind: 'context', oldLine: 6, newLine: 6, text: 'f' },
    ]);
  });

  it('splits distant changes into separate hunks with the given context', () => {
    const next = OLD.replace('a\n', 'A\n').replace('j\n', 'J\n');
    expect(lineDiff(OLD, next, 2).hunks.map((h) => h.oldStart)).toEqual([1, 8]);
  });

  it('shifts new line numbers after an insertion', () => {
    const next = 'new\n' + OLD;
    const rows = lineDiff(OLD, next, 1).hunks[0].rows;
    expect(rows[0]).toEqual({ kind: 'added', oldLine: null, newLine: 1, text: 'new' });
    expect(rows[1]).toEqual({ kind: 'context', oldLine: 1, newLine: 2, text: 'a' });
  });

  it('has no hunks for identical files', () => {
    expect(lineDiff(OLD, OLD)).toEqual({ hunks: [], added: 0, removed: 0 });
  });

  it('does not turn the missing final newline marker into a line', () => {
    const rows = lineDiff('a\nb', 'a\nc').hunks[0].rows;
    expect(rows.map((r) => r.text)).toEqual(['a', 'b', 'c']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractRegion, scanRegions } from './regions';

const FILE = [
  "import x from 'y';",
  '// #region loop',
  'export function run() {',
  '  for (;;) {',
  '    // #region call',
  '    call();',
  '    // #endregion',
  '  }',
  '}',
  '// #endregion',
  '',
  'class A {',
  '  // #region method',
  '  go() {',
  '    return 1;',
  '  }',
  '  // #endregion method',
  '}',
].join('\n');

describe('extractRegion', () => {
  it('returns the lines between the markers, with their line numbers in the file', () => {
    const r = extractRegion(FILE, 'loop')!;
    expect(r.firstLine).toBe(3);
    expect(r.lastLine).toBe(9);
    expect(r.code.split('\n')[0]).toBe('export function run() {');
  });

  it('hides the markers of nested regions inside the outer one', () => {
    expect(extractRegion(FILE, 'loop')!.code).not.toContain('#region');
    expect(extractRegion(FILE, 'loop')!.code).not.toContain('#endregion');
  });

  it('extracts a nested region on its own, dedented', () => {
    expect(extractRegion(FILE, 'call')!.code).toBe('call();');
  });

  it('strips the common indentation of a region inside a class', () => {
    expect(extractRegion(FILE, 'method')!.code).toBe('go() {\n  return 1;\n}');
  });

  it('returns null for a region the file does not have', () => {
    expect(extractRegion(FILE, 'nope')).toBeNull();
  });
});

describe('scanRegions', () => {
  it('lists every region of a well-formed file without problems', () => {
    const scan = scanRegions(FILE);
    expect([...scan.regions.keys()].sort()).toEqual(['call', 'loop', 'method']);
    expect(scan.problems).toEqual([]);
  });

  it('reports a region defined twice, an unmatched end and an unclosed start', () => {
    const bad = ['// #region a', '// #endregion', '// #region a', '// #endregion', '// #endregion', '// #region b'].join('\n');
    expect(scanRegions(bad).problems).toEqual([
      'line 3: region "a" is defined twice',
      'line 5: #endregion without a matching #region',
      'line 6: region "b" is never closed',
    ]);
  });
});

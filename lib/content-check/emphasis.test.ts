import { describe, expect, it } from 'vitest';
import { findUnrenderedEmphasis } from './emphasis';

describe('findUnrenderedEmphasis', () => {
  it('finds bold markers that markdown left as text', () => {
    expect(findUnrenderedEmphasis('<p>本课以**技能（skill）**的形式</p>')).toEqual(['本课以**技能（skill）**的形式']);
  });

  it('accepts rendered emphasis and asterisks inside code', () => {
    expect(findUnrenderedEmphasis('<p><strong>技能</strong> and <code>a ** b</code></p><pre><code>**x**</code></pre>')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { linesToHtml } from './lines-html';

const red = { light: 'aa0000', dark: 'ff0000' };

describe('linesToHtml', () => {
  it('wraps each line in a span and coloured tokens in a class naming both colours', () => {
    expect(linesToHtml([[{ text: 'const', ...red }, { text: ' a' }], []])).toBe(
      '<span><span class="t-aa0000-ff0000">const</span> a</span><span></span>',
    );
  });

  it('escapes code so it can never become markup', () => {
    expect(linesToHtml([[{ text: 'a < b && c > "d"' }]])).toBe('<span>a &lt; b &amp;&amp; c &gt; &quot;d&quot;</span>');
  });

  it('numbers lines from the first line, hidden from screen readers', () => {
    expect(linesToHtml([[{ text: 'x' }], [{ text: 'y' }]], 41)).toBe(
      '<span><span class="ln" aria-hidden="true">41</span>x</span><span><span class="ln" aria-hidden="true">42</span>y</span>',
    );
  });
});

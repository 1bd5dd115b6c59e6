import { describe, expect, it } from 'vitest';
import { placeholders } from './icu-arguments';

describe('placeholders', () => {
  it('reads simple, formatted and plural arguments', () => {
    expect(placeholders('{count, plural, one {# lesson} other {# lessons}} by {author}')).toEqual(['author', 'count']);
    expect(placeholders('took {ms, number} ms')).toEqual(['ms']);
  });

  it('treats the words inside select and plural branches as text, but finds arguments nested in them', () => {
    expect(placeholders('{isError, select, true {failed} other {ok}}: {name}')).toEqual(['isError', 'name']);
    expect(placeholders('{count, plural, =0 {empty} other {# by {author}}}')).toEqual(['author', 'count']);
  });

  it("ignores braces quoted with ICU's apostrophes", () => {
    expect(placeholders("write '{name}' literally, then {real}")).toEqual(['real']);
    expect(placeholders("the lesson's {file} and the agent's {tool}")).toEqual(['file', 'tool']);
  });
});

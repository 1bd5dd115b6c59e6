import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { textOf } from './text-of';

describe('textOf', () => {
  it('joins the words of nested elements, as a screen reader would read them', () => {
    const node = ['The ', createElement('code', null, 'task'), ' tool ', 2];
    expect(textOf(node)).toBe('The task tool 2');
  });

  it('ignores empty values', () => {
    expect(textOf([null, undefined, false, 'x'])).toBe('x');
  });
});

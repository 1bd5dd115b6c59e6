import { describe, expect, it } from 'vitest';
import { revealRow, visibleRows } from './virtual-list';

describe('virtual list', () => {
  it('renders only the rows in view plus the margin', () => {
    expect(visibleRows(0, 280, 28, 5000, 5)).toEqual({ first: 0, last: 15 });
    expect(visibleRows(28 * 1000, 280, 28, 5000, 5)).toEqual({ first: 995, last: 1015 });
  });

  it('never goes past the last row, and an empty list renders nothing', () => {
    expect(visibleRows(28 * 4995, 280, 28, 5000, 5).last).toBe(4999);
    expect(visibleRows(0, 280, 28, 0)).toEqual({ first: 0, last: -1 });
  });

  it('scrolls the least needed to show a row, and not at all when it is visible', () => {
    expect(revealRow(3, 0, 280, 28)).toBe(0);
    expect(revealRow(20, 0, 280, 28)).toBe(21 * 28 - 280);
    expect(revealRow(2, 500, 280, 28)).toBe(56);
  });
});

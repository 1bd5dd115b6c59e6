// Windowing for long lists of fixed-height rows (the event list of a 5 000-event run): render only the rows
// in view plus a margin, and scroll just enough to keep the current row visible.

export interface RowWindow { first: number; last: number }

export function visibleRows(scrollTop: number, viewportPx: number, rowPx: number, count: number, overscan = 8): RowWindow {
  if (count === 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.floor(scrollTop / rowPx) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewportPx) / rowPx) + overscan);
  return { first, last };
}

/** The scroll position that brings row `index` into view with the least movement (unchanged if visible). */
export function revealRow(index: number, scrollTop: number, viewportPx: number, rowPx: number): number {
  const top = index * rowPx;
  const bottom = top + rowPx;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportPx) return bottom - viewportPx;
  return scrollTop;
}

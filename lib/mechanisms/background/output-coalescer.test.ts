import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutputCoalescer } from './output-coalescer';

describe('OutputCoalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('joins the chunks that arrive within one interval into one emission', () => {
    const out: string[] = [];
    const c = new OutputCoalescer((s) => out.push(s), 100, 1_000);
    c.push('a');
    c.push('b');
    expect(out).toEqual([]);
    vi.advanceTimersByTime(100);
    c.push('c');
    c.flush();
    expect(out).toEqual(['ab', 'c']);
  });

  it('never emits more than the cap in total', () => {
    const out: string[] = [];
    const c = new OutputCoalescer((s) => out.push(s), 100, 5);
    c.push('abc');
    c.flush();
    c.push('defgh');
    c.flush();
    c.push('ijk');
    c.flush();
    expect(out.join('')).toBe('abcde');
  });

  it('emits nothing on flush when nothing arrived', () => {
    const out: string[] = [];
    new OutputCoalescer((s) => out.push(s), 100, 5).flush();
    expect(out).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { withFallback } from './with-fallback';

describe('withFallback', () => {
  const en = { nav: { home: 'Home', lessons: 'Lessons' }, theme: { dark: 'Dark' } };

  it('keeps the translated string where the locale has one', () => {
    const zh = { nav: { home: '首页', lessons: '课程' }, theme: { dark: '深色' } };
    expect(withFallback(zh, en)).toEqual(zh);
  });

  it('shows English for a key the locale is missing, at any depth', () => {
    const ja = { nav: { home: 'ホーム' } };
    expect(withFallback(ja, en)).toEqual({ nav: { home: 'ホーム', lessons: 'Lessons' }, theme: { dark: 'Dark' } });
  });

  it('does not change the inputs', () => {
    const ja = { nav: { home: 'ホーム' } };
    withFallback(ja, en);
    expect(ja).toEqual({ nav: { home: 'ホーム' } });
    expect(en.nav).toEqual({ home: 'Home', lessons: 'Lessons' });
  });
});

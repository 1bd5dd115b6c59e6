import { describe, expect, it } from 'vitest';
import { localeCookie, localeSwitchHref } from './switch-locale';

describe('localeSwitchHref', () => {
  it('keeps the page, its query and its hash', () => {
    expect(localeSwitchHref('zh', '/lessons/s08', '?x=1', '#h')).toBe('/zh/lessons/s08?x=1#h');
  });

  it('goes to the locale root from home, without a trailing slash', () => {
    expect(localeSwitchHref('ja', '/', '', '#lessons')).toBe('/ja#lessons');
    expect(localeSwitchHref('en', '/', '?step=3', '')).toBe('/en?step=3');
  });
});

describe('localeCookie', () => {
  it('remembers the language site-wide for a year', () => {
    expect(localeCookie('ja')).toBe('NEXT_LOCALE=ja; path=/; max-age=31536000; samesite=lax');
  });
});

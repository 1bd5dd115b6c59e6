import { describe, expect, it } from 'vitest';
import { languageAlternates } from './alternates';

describe('languageAlternates', () => {
  it('links the same lesson in every language, with English as the default', () => {
    expect(languageAlternates('zh', '/lessons/s08')).toEqual({
      canonical: '/zh/lessons/s08',
      languages: {
        en: '/en/lessons/s08',
        'zh-Hans': '/zh/lessons/s08',
        ja: '/ja/lessons/s08',
        'x-default': '/en/lessons/s08',
      },
    });
  });

  it('points home at each locale root', () => {
    expect(languageAlternates('ja', '').languages).toMatchObject({ en: '/en', ja: '/ja' });
    expect(languageAlternates('ja', '').canonical).toBe('/ja');
  });
});

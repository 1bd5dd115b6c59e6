import { describe, expect, it } from 'vitest';
import { checkMessages, formatMessageProblem } from './messages';

const en = { nav: { home: 'Home', lessons: 'Lessons' }, home: { eyebrow: '{count} lessons' } };

describe('checkMessages', () => {
  it('finds nothing wrong when every locale has every key', () => {
    const zh = { nav: { home: '首页', lessons: '课程' }, home: { eyebrow: '{count} 课' } };
    expect(checkMessages({ en, zh })).toEqual([]);
  });

  it('names each English key a locale is missing', () => {
    const ja = { nav: { home: 'ホーム' }, home: {} };
    const problems = checkMessages({ en, ja }).map(formatMessageProblem);
    expect(problems).toEqual([
      'messages/ja.json: nav.lessons is missing (en: "Lessons")',
      'messages/ja.json: home.eyebrow is missing (en: "{count} lessons")',
    ]);
  });

  it('flags a translation that drops or renames a placeholder', () => {
    const zh = { nav: { home: '首页', lessons: '课程' }, home: { eyebrow: '{n} 课' } };
    expect(checkMessages({ en, zh }).map((p) => p.key)).toEqual(['home.eyebrow']);
  });

  it('flags empty strings and keys that English no longer has', () => {
    const zh = { nav: { home: ' ', lessons: '课程', old: '旧' }, home: { eyebrow: '{count} 课' } };
    expect(checkMessages({ en, zh }).map(formatMessageProblem)).toEqual([
      'messages/zh.json: nav.home is empty',
      'messages/zh.json: nav.old is not in en.json (stale or misspelt)',
    ]);
  });

  it('flags a namespace given where English has a string', () => {
    const zh = { nav: { home: { x: '首页' }, lessons: '课程' }, home: { eyebrow: '{count} 课' } };
    expect(checkMessages({ en, zh }).map(formatMessageProblem)).toEqual([
      'messages/zh.json: nav.home is missing (en: "Home")',
      'messages/zh.json: nav.home.x is not in en.json (stale or misspelt)',
    ]);
  });
});

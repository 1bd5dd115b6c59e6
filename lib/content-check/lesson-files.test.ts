import { describe, expect, it } from 'vitest';
import { checkLessonFiles } from './lesson-files';

describe('checkLessonFiles', () => {
  it('passes when every lesson has a file in every locale', () => {
    expect(checkLessonFiles(['en', 'zh'], () => true)).toEqual([]);
  });

  it('names each missing locale file', () => {
    const missing = new Set(['content/zh/s04-subagent.mdx', 'content/ja/s11-autonomous-agents.mdx']);
    expect(checkLessonFiles(['en', 'zh', 'ja'], (p) => !missing.has(p))).toEqual([
      'content/zh/s04-subagent.mdx: missing (lesson s04 has no zh text)',
      'content/ja/s11-autonomous-agents.mdx: missing (lesson s11 has no ja text)',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { highlightLines, languageOf, mergeTokens } from './highlight';

describe('languageOf', () => {
  it('reads a language from a file name or a fence class', () => {
    expect(languageOf('lib/agent/loop.ts')).toBe('typescript');
    expect(languageOf('language-bash')).toBe('bash');
  });

  it('treats unknown languages and diagrams as plain text', () => {
    expect(languageOf('language-text')).toBeNull();
    expect(languageOf(undefined)).toBeNull();
  });
});

describe('highlightLines', () => {
  it('keeps every line and every character of the code', async () => {
    const code = 'const a = 1;\n\nfunction f() {\n  return "x";\n}';
    const lines = await highlightLines(code, 'typescript');
    expect(lines.map((l) => l.map((t) => t.text).join(''))).toEqual(code.split('\n'));
  });

  it('gives keywords both a light and a dark colour', async () => {
    const [first] = await highlightLines('const a = 1;', 'typescript');
    expect(first[0]).toMatchObject({ text: 'const ', light: expect.stringMatching(/^[0-9a-f]{6}$/), dark: expect.stringMatching(/^[0-9a-f]{6}$/) });
  });

  it('leaves plain text uncoloured', async () => {
    expect(await highlightLines('+---+\n\n| a |', null)).toEqual([[{ text: '+---+' }], [], [{ text: '| a |' }]]);
  });
});

describe('mergeTokens', () => {
  it('joins neighbours of one colour and lets whitespace join its left neighbour', () => {
    const red = { light: 'aa0000', dark: 'ff0000' };
    const blue = { light: '0000aa', dark: '0000ff' };
    expect(mergeTokens([{ text: '  ', ...blue }, { text: 'a', ...red }, { text: 'b', ...red }, { text: ' ', ...blue }, { text: 'c', ...blue }])).toEqual([
      { text: '  ' },
      { text: 'ab ', ...red },
      { text: 'c', ...blue },
    ]);
  });
});

describe('highlightLines: default colour', () => {
  it('leaves text in the theme default colour uncoloured', async () => {
    const [line] = await highlightLines('const value = other;', 'typescript');
    expect(line.some((t) => t.light === undefined && t.text.includes('other'))).toBe(true);
  });
});

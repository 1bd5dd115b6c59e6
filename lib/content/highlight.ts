// Syntax highlighting with shiki, server-side at build time. Each token carries its colour in both themes
// (light and dark); the page picks one by colour scheme. Adjacent tokens of one colour are merged, and
// whitespace and default-coloured text take no colour, to keep the static pages small.
import { createHighlighter, createJavaScriptRegexEngine, type Highlighter } from 'shiki';

const LANGS = ['typescript', 'tsx', 'javascript', 'bash', 'json', 'jsonc'] as const;
type Lang = (typeof LANGS)[number];

export interface Token {
  text: string;
  /** Hex colours (lowercase, no '#') in the light and dark theme; absent for plain text. */
  light?: string;
  dark?: string;
}
export type Line = Token[];

const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/**
 * Two light-theme colours are just under WCAG AA (4.5:1) on our code background and the diff tints;
 * darker shades of the same hues pass. Everything else in both themes already does.
 */
const COLOR_REPLACEMENTS = { [THEMES.light]: { '#6e7781': '#57606a', '#8250df': '#6639ba' } };

let highlighter: Promise<Highlighter> | null = null;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: [THEMES.light, THEMES.dark],
    langs: [...LANGS],
    // The JavaScript engine needs no WebAssembly, so it works the same under Node, tsx and the bundler.
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** The language to highlight a fence or a file as; null when it is plain text. */
export function languageOf(name: string | undefined): Lang | null {
  if (!name) return null;
  const lang = name.replace(/^language-/, '').replace(/^.*\./, '');
  const alias: Record<string, Lang> = { ts: 'typescript', js: 'javascript', mjs: 'javascript', sh: 'bash', shell: 'bash' };
  const resolved = alias[lang] ?? lang;
  return (LANGS as readonly string[]).includes(resolved) ? (resolved as Lang) : null;
}

/** Code split into lines of tokens; plain text (lang null) gives one uncoloured token a line. */
export async function highlightLines(code: string, lang: Lang | null): Promise<Line[]> {
  const text = code.replace(/\n$/, '');
  if (lang === null) return text.split('\n').map((l) => (l === '' ? [] : [{ text: l }]));
  const h = await getHighlighter();
  const { tokens } = h.codeToTokens(text, {
    lang,
    themes: THEMES,
    defaultColor: false,
    colorReplacements: COLOR_REPLACEMENTS,
  });
  // Text in the themes' default colour needs no class: the block's own text colour is close enough.
  const plain = `${hex(h.getTheme(THEMES.light).fg)}|${hex(h.getTheme(THEMES.dark).fg)}`;
  return tokens.map((line) =>
    mergeTokens(
      line.map((t) => {
        const light = hex(t.htmlStyle?.['--shiki-light']);
        const dark = hex(t.htmlStyle?.['--shiki-dark']);
        return `${light}|${dark}` === plain ? { text: t.content } : { text: t.content, light, dark };
      }),
    ),
  );
}

function hex(color: string | undefined): string | undefined {
  return color?.replace(/^#/, '').toLowerCase();
}

/** Whitespace joins its neighbour whatever their colours; neighbours of one colour become one token. */
export function mergeTokens(line: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of line) {
    const prev = out.at(-1);
    const blank = t.text.trim() === '';
    if (prev && (blank || (prev.light === t.light && prev.dark === t.dark))) {
      prev.text += t.text;
    } else if (blank) {
      out.push({ text: t.text });
    } else {
      out.push({ ...t });
    }
  }
  return out;
}

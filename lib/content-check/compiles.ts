// Rules: every lesson text compiles as MDX (a stray `{` or `<` in prose is a compile error, not a typo),
// and renders without literal `**` left over (see emphasis.ts).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { compileLesson } from '@/lib/content/lessons';
import { findUnrenderedEmphasis } from './emphasis';

/** Stand-ins for the custom components: this check is about the prose around them. */
const STUBS = { Code: () => null, Callout: ({ children }: { children?: React.ReactNode }) => children };

export async function checkCompiles(file: string, source: string): Promise<string[]> {
  let html: string;
  try {
    const Content = await compileLesson(source);
    html = renderToStaticMarkup(createElement(Content, { components: STUBS }));
  } catch (err) {
    const e = err as Error & { line?: number; column?: number };
    const at = e.line ? `${file}:${e.line}${e.column ? `:${e.column}` : ''}` : file;
    return [`${at}: does not compile as MDX: ${e.message}`];
  }
  return findUnrenderedEmphasis(html).map(
    (near) => `${file}: "**" left as text near "${near}" (put the markers next to letters, not punctuation)`,
  );
}

// Highlighted lines as one HTML string. A file of a few hundred lines is thousands of tokens; as React
// elements each would be serialised (twice: HTML and the RSC payload) and hydrated one by one. As one
// string per block it is a single prop, like shiki's own codeToHtml. Pure.
import type { Line, Token } from './highlight';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** The CSS class naming a token's light and dark colour, or undefined for uncoloured text. */
export function tokenClass(t: Token): string | undefined {
  return t.light && t.dark ? `t-${t.light}-${t.dark}` : undefined;
}

/** One `<span>` per line; with `firstLine`, a line number in a `.ln` span hidden from screen readers. */
export function linesToHtml(lines: readonly Line[], firstLine?: number): string {
  return lines
    .map((tokens, i) => {
      const number = firstLine === undefined ? '' : `<span class="ln" aria-hidden="true">${firstLine + i}</span>`;
      const code = tokens
        .map((t) => {
          const cls = tokenClass(t);
          return cls ? `<span class="${cls}">${escapeHtml(t.text)}</span>` : escapeHtml(t.text);
        })
        .join('');
      return `<span>${number}${code}</span>`;
    })
    .join('');
}

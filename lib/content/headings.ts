// Pinned heading ids: a lesson heading is written `## The problem {#problem}`, so every locale shares
// the same anchor whatever the heading says. One line scanner serves the compiler and the content check.

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
const PINNED = /[ \t]*\{#([A-Za-z0-9][\w-]*)\}$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

export interface ScannedHeading {
  /** 1-based line in the MDX source. */
  line: number;
  depth: number;
  /** The heading text without its pinned id. */
  text: string;
  id: string | null;
}

/** ATX headings outside fenced code blocks, in document order. */
export function scanHeadings(source: string): ScannedHeading[] {
  const out: ScannedHeading[] = [];
  let fence: string | null = null;
  source.split('\n').forEach((raw, i) => {
    const f = FENCE.exec(raw);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = HEADING.exec(raw);
    if (!h) return;
    const pinned = PINNED.exec(h[2]);
    out.push({
      line: i + 1,
      depth: h[1].length,
      text: pinned ? h[2].slice(0, pinned.index) : h[2],
      id: pinned ? pinned[1] : null,
    });
  });
  return out;
}

/**
 * MDX reads `{…}` as a JavaScript expression, so `{#problem}` would not compile. Escape the braces of
 * pinned ids on heading lines; the remark plugin then finds them as plain text and moves them to the id.
 */
export function escapePinnedIds(source: string): string {
  const lines = source.split('\n');
  for (const h of scanHeadings(source)) {
    if (h.id === null) continue;
    lines[h.line - 1] = lines[h.line - 1].replace(PINNED, (m) => m.replace('{', '\\{').replace('}', '\\}'));
  }
  return lines.join('\n');
}

/** Split a heading's trailing text into the text that stays and the pinned id, if it ends in one. */
export function splitPinnedId(text: string): { text: string; id: string | null } {
  const m = PINNED.exec(text.trimEnd());
  if (!m) return { text, id: null };
  return { text: text.trimEnd().slice(0, m.index), id: m[1] };
}

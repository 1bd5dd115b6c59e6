// Rules: every heading has a pinned id; a lesson's headings have the same ids in the same order in
// every locale (so links and anchors work whatever the language); the English text has the six
// sections every lesson is built from, in order.
import { scanHeadings } from '@/lib/content/headings';

export const LESSON_SECTIONS = ['problem', 'picture', 'how-it-works', 'what-changed', 'why-this-design', 'try-it'] as const;

/** One lesson's texts by locale; the first entry is the reference (English). */
export type LessonTexts = { locale: string; file: string; source: string }[];

export function checkHeadingIds(texts: LessonTexts): string[] {
  const problems: string[] = [];
  const idsOf = new Map<string, string[]>();
  for (const { file, source } of texts) {
    const ids: string[] = [];
    for (const h of scanHeadings(source)) {
      if (h.id === null) problems.push(`${file}:${h.line}: heading "${h.text}" has no pinned id (write it as "${h.text} {#some-id}")`);
      else if (ids.includes(h.id)) problems.push(`${file}:${h.line}: heading id "${h.id}" is used twice`);
      else ids.push(h.id);
    }
    idsOf.set(file, ids);
  }
  const [reference, ...others] = texts;
  if (!reference) return problems;
  const expected = idsOf.get(reference.file)!;
  const sections = expected.filter((id) => (LESSON_SECTIONS as readonly string[]).includes(id));
  if (sections.join() !== LESSON_SECTIONS.join()) {
    problems.push(`${reference.file}: sections must be ${LESSON_SECTIONS.join(' → ')}; found ${sections.join(' → ') || 'none'}`);
  }
  for (const { file } of others) {
    const ids = idsOf.get(file)!;
    if (ids.join() !== expected.join()) {
      problems.push(`${file}: heading ids [${ids.join(', ')}] differ from ${reference.file} [${expected.join(', ')}]`);
    }
  }
  return problems;
}

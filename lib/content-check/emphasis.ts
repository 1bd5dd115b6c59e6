// Rule: no `**` survives rendering. Markdown only closes emphasis after punctuation when the next
// character is a space or punctuation too, so `**技能（skill）**的` stays literal — common in CJK text.
// Takes the rendered HTML of a lesson; code is skipped, since asterisks there are real.

export function findUnrenderedEmphasis(html: string): string[] {
  const text = html
    .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, '');
  return [...text.matchAll(/.{0,16}\*\*.{0,16}/g)].map((m) => m[0].trim());
}

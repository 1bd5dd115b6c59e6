// The colour rules for the token classes a block uses: one tiny <style> per colour pair, which React
// hoists into <head> and de-duplicates by href, so a page carries each rule once however many blocks
// use it. Far smaller than an inline style on every token.
import type { Line } from '@/lib/content/highlight';
import { tokenClass } from '@/lib/content/lines-html';

export default function TokenStyles({ lines }: { lines: Line[] }) {
  const pairs = new Map<string, { light: string; dark: string }>();
  for (const line of lines) {
    for (const t of line) {
      const name = tokenClass(t);
      if (name && t.light && t.dark) pairs.set(name, { light: t.light, dark: t.dark });
    }
  }
  return [...pairs].map(([name, { light, dark }]) => (
    <style key={name} href={name} precedence="code-tokens">
      {`.${name}{color:#${light}}.dark .${name}{color:#${dark}}`}
    </style>
  ));
}

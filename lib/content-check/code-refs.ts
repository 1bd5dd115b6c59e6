// Rule: every `<Code file="…" region="…" />` in a lesson text names a file that exists and a region
// that file really has, so the code a lesson shows is always the code that runs.
import { scanRegions } from '@/lib/content/regions';

export interface CodeRef {
  line: number;
  file: string | null;
  region: string | null;
}

const CODE_TAG = /<Code\b([^>]*?)\/?>/g;
const ATTR = /(\w+)="([^"]*)"/g;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** `<Code>` tags outside fenced code blocks, with their file and region attributes. */
export function scanCodeRefs(source: string): CodeRef[] {
  const refs: CodeRef[] = [];
  let inFence = false;
  source.split('\n').forEach((text, i) => {
    if (FENCE.test(text)) inFence = !inFence;
    if (inFence) return;
    for (const tag of text.matchAll(CODE_TAG)) {
      const attrs = Object.fromEntries([...tag[1].matchAll(ATTR)].map((a) => [a[1], a[2]]));
      refs.push({ line: i + 1, file: attrs.file ?? null, region: attrs.region ?? null });
    }
  });
  return refs;
}

export function checkCodeRefs(file: string, source: string, read: (path: string) => string | null): string[] {
  const problems: string[] = [];
  for (const ref of scanCodeRefs(source)) {
    const at = `${file}:${ref.line}`;
    if (!ref.file) {
      problems.push(`${at}: <Code> needs a file="…" attribute`);
      continue;
    }
    const code = read(ref.file);
    if (code === null) {
      problems.push(`${at}: <Code> file "${ref.file}" does not exist`);
      continue;
    }
    if (ref.region === null) continue;
    const scan = scanRegions(code);
    for (const p of scan.problems) problems.push(`${ref.file}: ${p}`);
    if (!scan.regions.has(ref.region)) {
      const known = [...scan.regions.keys()];
      problems.push(`${at}: region "${ref.region}" not found in ${ref.file} (it has: ${known.join(', ') || 'no regions'})`);
    }
  }
  return problems;
}

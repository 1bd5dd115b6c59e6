// Which files make up a lesson's agent, in reading order: the lesson module, the mechanism files it
// reaches through value imports (followed inside lib/mechanisms/), then the core files it imports
// directly from lib/agent/ (the same in every lesson, so last). Found from the real imports, so the code
// tab list cannot go stale. Pure over a file reader.

/** Returns a file's text, or null when there is no such file. Paths are relative to the project root. */
export type ReadSource = (path: string) => string | null;

const IMPORT = /^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Value imports of a module (type-only imports change nothing at run time and are skipped). */
export function valueImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const [, keyword, typeOnly, clause, specifier] = m;
    if (typeOnly) continue;
    if (keyword === 'export' && !clause) continue;
    out.push(specifier);
  }
  return out;
}

/** Resolve a specifier written in `from` to a project file, or null for packages and missing files. */
export function resolveImport(from: string, specifier: string, read: ReadSource): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = joinPath(dirname(from), specifier);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
  return candidates.find((c) => /\.tsx?$/.test(c) && read(c) !== null) ?? null;
}

function isShown(path: string): boolean {
  return !/\.(test|script)\.tsx?$/.test(path) && !path.includes('/testing/');
}

export function agentSourceFiles(entry: string, read: ReadSource): string[] {
  const files: string[] = [entry];
  const queue = [entry];
  while (queue.length) {
    const current = queue.shift()!;
    for (const spec of valueImports(read(current) ?? '')) {
      const target = resolveImport(current, spec, read);
      if (!target || files.includes(target) || !isShown(target)) continue;
      const inMechanisms = target.startsWith('lib/mechanisms/');
      const directCore = current === entry && target.startsWith('lib/agent/');
      if (!inMechanisms && !directCore) continue;
      files.push(target);
      if (inMechanisms) queue.push(target);
    }
  }
  const core = files.filter((f) => f.startsWith('lib/agent/'));
  return [...files.filter((f) => !core.includes(f)), ...core];
}

function dirname(p: string): string {
  return p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
}

function joinPath(dir: string, rel: string): string {
  const parts = dir ? dir.split('/') : [];
  for (const seg of rel.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

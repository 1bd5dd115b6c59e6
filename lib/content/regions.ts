// Named regions in a source file: the lesson texts include code by region, so prose and code cannot drift.
// A region is the lines between `// #region <name>` and the next `// #endregion` at the same depth.
// Regions may nest; marker lines never show in the extracted code.

const START = /^\s*\/\/\s*#region\s+(\S+)\s*$/;
const END = /^\s*\/\/\s*#endregion\b/;

export interface RegionSpan {
  name: string;
  /** 1-based line numbers of the marker lines. */
  startMarker: number;
  endMarker: number;
}

export interface RegionScan {
  regions: Map<string, RegionSpan>;
  /** Malformed markers: duplicates, an #endregion without a start, a region never closed. */
  problems: string[];
}

export function scanRegions(source: string): RegionScan {
  const regions = new Map<string, RegionSpan>();
  const problems: string[] = [];
  const open: { name: string; line: number }[] = [];
  source.split('\n').forEach((text, i) => {
    const line = i + 1;
    const start = START.exec(text);
    if (start) {
      open.push({ name: start[1], line });
      return;
    }
    if (!END.test(text)) return;
    const top = open.pop();
    if (!top) {
      problems.push(`line ${line}: #endregion without a matching #region`);
      return;
    }
    if (regions.has(top.name)) problems.push(`line ${top.line}: region "${top.name}" is defined twice`);
    else regions.set(top.name, { name: top.name, startMarker: top.line, endMarker: line });
  });
  for (const o of open) problems.push(`line ${o.line}: region "${o.name}" is never closed`);
  return { regions, problems };
}

export interface Region {
  name: string;
  /** 1-based line numbers in the file of the first and last line shown. */
  firstLine: number;
  lastLine: number;
  /** The region's code, marker lines removed and common indentation stripped. */
  code: string;
}

/** The region's code, or null when the file has no region of that name. */
export function extractRegion(source: string, name: string): Region | null {
  const span = scanRegions(source).regions.get(name);
  if (!span) return null;
  const lines = source.split('\n').slice(span.startMarker, span.endMarker - 1);
  const kept = lines.filter((l) => !START.test(l) && !END.test(l));
  return {
    name,
    firstLine: span.startMarker + 1,
    lastLine: span.endMarker - 1,
    code: dedent(kept).join('\n'),
  };
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

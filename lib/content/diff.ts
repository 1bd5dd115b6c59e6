// A unified line diff of two files, as rows a viewer can render with line numbers. Pure.
import { structuredPatch } from 'diff';

export type RowKind = 'context' | 'added' | 'removed';

export interface DiffRow {
  kind: RowKind;
  /** 1-based line number in the old file (null for an added line). */
  oldLine: number | null;
  /** 1-based line number in the new file (null for a removed line). */
  newLine: number | null;
  text: string;
}

export interface DiffHunk {
  oldStart: number;
  newStart: number;
  rows: DiffRow[];
}

export interface LineDiff {
  hunks: DiffHunk[];
  added: number;
  removed: number;
}

export function lineDiff(oldText: string, newText: string, context = 3): LineDiff {
  const patch = structuredPatch('old', 'new', oldText, newText, undefined, undefined, { context });
  let added = 0;
  let removed = 0;
  const hunks = patch.hunks.map((h) => {
    let oldLine = h.oldStart;
    let newLine = h.newStart;
    const rows: DiffRow[] = [];
    for (const line of h.lines) {
      const sign = line[0];
      const text = line.slice(1);
      if (sign === '+') {
        rows.push({ kind: 'added', oldLine: null, newLine: newLine++, text });
        added++;
      } else if (sign === '-') {
        rows.push({ kind: 'removed', oldLine: oldLine++, newLine: null, text });
        removed++;
      } else if (sign === ' ') {
        rows.push({ kind: 'context', oldLine: oldLine++, newLine: newLine++, text });
      }
      // A "\ No newline at end of file" marker carries no line of code.
    }
    return { oldStart: h.oldStart, newStart: h.newStart, rows };
  });
  return { hunks, added, removed };
}

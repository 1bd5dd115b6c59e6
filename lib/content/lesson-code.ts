// Everything the code viewer shows for a lesson, computed at build time: the agent's source files,
// highlighted, and the line diff of its agent module against the previous lesson's.
import { getLesson, previousLesson, type LessonId } from '@/lib/lessons/registry';
import { lineDiff, type RowKind } from './diff';
import { highlightLines, languageOf, type Line } from './highlight';
import { projectReader } from './project-files';
import { agentSourceFiles, type ReadSource } from './sources';

export interface SourceFile {
  path: string;
  lines: Line[];
}

export interface DiffRowView {
  kind: RowKind;
  oldLine: number | null;
  newLine: number | null;
  tokens: Line;
}

export interface AgentDiff {
  fromLesson: LessonId;
  fromPath: string;
  toPath: string;
  added: number;
  removed: number;
  hunks: DiffRowView[][];
  /** Files the agent reaches that the previous lesson's agent did not. */
  newFiles: string[];
}

export interface LessonCodeView {
  files: SourceFile[];
  diff: AgentDiff | null;
}

export function agentModulePath(lessonId: LessonId): string {
  return `lib/lessons/${lessonId}-${getLesson(lessonId).slug}.ts`;
}

/** The lesson's code, or null when its agent module is not in the repository. */
export async function loadLessonCode(lessonId: LessonId, read: ReadSource = projectReader()): Promise<LessonCodeView | null> {
  const entry = agentModulePath(lessonId);
  const source = read(entry);
  if (source === null) return null;
  const paths = agentSourceFiles(entry, read);
  const files = await Promise.all(
    paths.map(async (p) => ({ path: p, lines: await highlightLines(read(p) ?? '', languageOf(p)) })),
  );
  const prev = previousLesson(lessonId);
  const prevPath = prev ? agentModulePath(prev.id) : null;
  const prevSource = prevPath ? read(prevPath) : null;
  if (!prev || !prevPath || prevSource === null) return { files, diff: null };

  const prevFiles = new Set(agentSourceFiles(prevPath, read));
  const diff = lineDiff(prevSource, source);
  const oldLines = await highlightLines(prevSource, 'typescript');
  const newLines = files[0].lines;
  return {
    files,
    diff: {
      fromLesson: prev.id,
      fromPath: prevPath,
      toPath: entry,
      added: diff.added,
      removed: diff.removed,
      hunks: diff.hunks.map((h) =>
        h.rows.map((r) => ({
          kind: r.kind,
          oldLine: r.oldLine,
          newLine: r.newLine,
          tokens: (r.newLine !== null ? newLines[r.newLine - 1] : oldLines[r.oldLine! - 1]) ?? [{ text: r.text }],
        })),
      ),
      newFiles: paths.filter((p) => p !== entry && !prevFiles.has(p)),
    },
  };
}

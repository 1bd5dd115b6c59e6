// The recorded traces of a lesson: content/traces/<lesson>-<name>.jsonl, read and validated at build time.
// A broken file fails the build with its path and first bad line rather than shipping a broken player.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { getLesson, type LessonId } from '@/lib/lessons/registry';
import type { RecordedTrace } from '@/lib/player/recorded';
import { readTrace } from '@/lib/timeline/trace';

export const TRACES_DIR = 'content/traces';

export type { RecordedTrace };

export class TraceFileError extends Error {}

/** Names of a lesson's trace files (without `.jsonl`), alphabetical. */
export async function listTraceNames(lesson: LessonId, root = process.cwd()): Promise<string[]> {
  let files: string[];
  try {
    files = await readdir(path.join(root, TRACES_DIR));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return files
    .filter((f) => f.startsWith(`${lesson}-`) && f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort();
}

/** Load and validate one trace file; any problem names the file and the line. */
export async function loadTrace(lesson: LessonId, name: string, root = process.cwd()): Promise<RecordedTrace> {
  const file = `${TRACES_DIR}/${name}.jsonl`;
  const result = readTrace(await readFile(path.join(root, file), 'utf8'));
  if (!result.ok) throw new TraceFileError(`${file} ${result.message}`);
  if (result.header.lesson !== lesson) {
    throw new TraceFileError(`${file} line 1: the header is for lesson ${result.header.lesson}, the file name for ${lesson}`);
  }
  return { name, header: result.header, events: result.events };
}

/** Every trace of a lesson, in the order of the lesson's example prompts (others after them, by name). */
export async function loadLessonTraces(lesson: LessonId, root = process.cwd()): Promise<RecordedTrace[]> {
  const traces = await Promise.all((await listTraceNames(lesson, root)).map((name) => loadTrace(lesson, name, root)));
  const examples = getLesson(lesson).examples;
  const rank = (t: RecordedTrace) => {
    const i = examples.indexOf(t.header.prompt);
    return i === -1 ? examples.length : i;
  };
  return traces.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

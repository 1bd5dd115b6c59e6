// A `<Code file region>` include: the region's code (or the whole file) from the real source, highlighted.
import { highlightLines, languageOf, type Line } from './highlight';
import { projectReader } from './project-files';
import { extractRegion } from './regions';
import type { ReadSource } from './sources';

export interface CodeInclude {
  file: string;
  firstLine: number;
  lastLine: number;
  lines: Line[];
}

export async function loadCodeInclude(file: string, region: string | undefined, read: ReadSource = projectReader()): Promise<CodeInclude> {
  const source = read(file);
  if (source === null) throw new Error(`<Code file="${file}">: no such file (run npm run check:content)`);
  if (region === undefined) {
    const lines = await highlightLines(source, languageOf(file));
    return { file, firstLine: 1, lastLine: lines.length, lines };
  }
  const found = extractRegion(source, region);
  if (found === null) throw new Error(`<Code file="${file}" region="${region}">: the file has no such region (run npm run check:content)`);
  return { file, firstLine: found.firstLine, lastLine: found.lastLine, lines: await highlightLines(found.code, languageOf(file)) };
}

// s06: before a history is summarised away, the full text goes to disk, so nothing is truly lost.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Message } from '../../timeline/events';

export const TRANSCRIPTS_DIR = '.transcripts';

/** Write one message per line; returns the path relative to the workspace root. */
export async function saveTranscript(root: string, messages: readonly Message[], now = new Date()): Promise<string> {
  await mkdir(join(root, TRANSCRIPTS_DIR), { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let relative = `${TRANSCRIPTS_DIR}/transcript_${stamp}.jsonl`;
  for (let n = 2; ; n++) {
    try {
      await writeFile(join(root, relative), messages.map((m) => JSON.stringify(m)).join('\n') + '\n', { flag: 'wx' });
      return relative;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      relative = `${TRANSCRIPTS_DIR}/transcript_${stamp}_${n}.jsonl`; // two compactions in one millisecond
    }
  }
}

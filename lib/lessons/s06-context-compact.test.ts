import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPACT_SUMMARY_MARKER } from '../agent/scripted';
import { getLesson } from './registry';
import { runExample, toolErrors, type ExampleRun } from './testing/run-example';

const [SRC, NOTES, LOGS] = getLesson('s06').examples;
const layers = (run: ExampleRun) => run.of('context.compacted').map((e) => e.layer);
const finalText = (run: ExampleRun) => (run.result.outcome === 'completed' ? run.result.text : '');

describe('s06 context compaction: the examples run offline end to end', () => {
  it('reading src/ one file per turn micro-compacts old results and auto-compacts once past the threshold', async () => {
    const run = await runExample('s06', SRC);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(layers(run).filter((l) => l === 'micro').length).toBeGreaterThan(0);
      expect(layers(run).filter((l) => l === 'auto')).toHaveLength(1);
      const auto = run.of('context.compacted').find((e) => e.layer === 'auto')!;
      expect(auto.tokensBefore).toBeGreaterThan(3000);
      // The transcript on disk holds the history the summary replaced, one message per line.
      const lines = readFileSync(join(run.workspace.root, auto.transcriptPath!), 'utf8').trim().split('\n');
      expect(JSON.parse(lines[0])).toEqual({ role: 'user', content: SRC });
      // Every file was read exactly once, compaction or not, and the answer covers them all.
      const reads = run.of('tool.call').filter((e) => e.name === 'read_file').map((e) => e.input.path);
      expect(new Set(reads).size).toBe(reads.length);
      for (const file of readdirSync(join(run.workspace.root, 'src'))) expect(finalText(run)).toContain(`src/${file}`);
    } finally {
      await run.workspace.dispose();
    }
  });

  it('the compact tool summarises the history at the next model call, and the answer comes from the summary', async () => {
    const run = await runExample('s06', NOTES);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(layers(run)).toEqual(['manual']);
      const replaced = run.of('messages.replaced').at(-1)!;
      expect(replaced.reason).toBe('manual-compact');
      expect(replaced.messages).toHaveLength(1);
      expect(String(replaced.messages[0].content).startsWith(COMPACT_SUMMARY_MARKER)).toBe(true);
      expect(finalText(run)).toContain(NOTES);
      expect(finalText(run)).toContain('.transcripts/transcript_');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('reports every ERROR line of the logs, recovered from disk after the auto-compaction', async () => {
    const run = await runExample('s06', LOGS);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(layers(run)).toContain('auto');
      const errors = readdirSync(join(run.workspace.root, 'logs'))
        .flatMap((f) => readFileSync(join(run.workspace.root, 'logs', f), 'utf8').split('\n').filter((l) => l.includes(' ERROR ')));
      expect(finalText(run)).toContain(`${errors.length} errors`);
      for (const line of errors) expect(finalText(run)).toContain(line.split(' ERROR ')[1]);
    } finally {
      await run.workspace.dispose();
    }
  });

  it.each([1500, 1_000_000])('finishes with every file read once at any threshold (autoCompactTokens %i)', async (autoCompactTokens) => {
    const run = await runExample('s06', SRC, { autoCompactTokens });
    try {
      expect(run.result.outcome).toBe('completed');
      const reads = run.of('tool.call').filter((e) => e.name === 'read_file').map((e) => e.input.path);
      expect(reads).toHaveLength(new Set(reads).size);
      expect(layers(run).includes('auto')).toBe(autoCompactTokens < 3000);
    } finally {
      await run.workspace.dispose();
    }
  });
});

// `npm run record [-- s08 s09 …]`: re-record every trace in content/traces (or those of the lessons named)
// from the prompt in its header. Uses the scripted model unless ANTHROPIC_API_KEY is set.
// A new trace: `npm run agent -- s08 --prompt "…" --record content/traces/s08-name.jsonl`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createModelSeam } from '@/lib/agent/model';
import { recordRun } from '@/lib/lessons/record-run';
import { createWorkspace } from '@/lib/agent/workspace';
import { getLessonModule } from '@/lib/lessons/agents';
import { isLessonId } from '@/lib/lessons/registry';
import { readTrace } from '@/lib/timeline/trace';

const TRACES = path.join(process.cwd(), 'content', 'traces');

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const bad = only.filter((id) => !isLessonId(id));
  if (bad.length > 0) {
    process.stderr.write(`record: unknown lesson ${bad.join(', ')} (use s01 … s11)\n`);
    return 2;
  }
  const files = (await readdir(TRACES)).filter((f) => f.endsWith('.jsonl')).sort();
  let failures = 0;
  for (const name of files) {
    const file = path.join(TRACES, name);
    const trace = readTrace(await readFile(file, 'utf8'));
    if (!trace.ok) {
      process.stderr.write(`record: ${name} line ${trace.line}: ${trace.message}\n`);
      failures += 1;
      continue;
    }
    const lesson = trace.header.lesson;
    if (!isLessonId(lesson) || (only.length > 0 && !only.includes(lesson))) continue;
    const model = createModelSeam({ env: process.env, scripts: getLessonModule(lesson).scripts });
    const workspace = await createWorkspace(lesson);
    try {
      const { result, events } = await recordRun({ lesson, prompt: trace.header.prompt, model, workspace, file });
      process.stdout.write(`${name}: ${result.outcome}, ${events} events (${model.mode})\n`);
      if (result.outcome !== 'completed') failures += 1;
    } finally {
      await workspace.dispose();
    }
  }
  return failures === 0 ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`record: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});

// The CLI's arguments: `npm run agent -- <lesson> [--prompt TEXT] [--record FILE] [--workspace DIR]`.
import { parseArgs } from 'node:util';
import { LESSON_IDS, type LessonId, isLessonId } from '../../lessons/registry';

export interface CliArgs {
  lesson: LessonId;
  /** One turn, then exit; without it the CLI is a REPL. */
  prompt?: string;
  /** Write the run as a trace file (needs --prompt: a trace is one run). */
  record?: string;
  /** Work in this directory (seeded if empty, kept afterwards) instead of a temp dir. */
  workspace?: string;
}

export type ParsedCli = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export const USAGE = `usage: npm run agent -- <lesson> [--prompt TEXT] [--record FILE] [--workspace DIR]

  <lesson>          one of ${LESSON_IDS.join(', ')}
  --prompt TEXT     run one prompt and exit (without it: an interactive REPL)
  --record FILE     write the run as a trace file (JSON Lines); needs --prompt
  --workspace DIR   work in DIR (seeded from the lesson's fixture if empty) and keep it

environment: ANTHROPIC_API_KEY (else the built-in scripted model), ANTHROPIC_BASE_URL, MODEL_ID`;

export function parseCliArgs(argv: string[]): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        prompt: { type: 'string', short: 'p' },
        record: { type: 'string' },
        workspace: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return { kind: 'error', message: (err as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) return { kind: 'error', message: 'missing the lesson id (e.g. s01)' };
  if (positionals.length > 1) {
    return { kind: 'error', message: `unexpected argument "${positionals[1]}"; put a prompt after --prompt, in quotes` };
  }
  const lesson = positionals[0];
  if (!isLessonId(lesson)) return { kind: 'error', message: `unknown lesson "${lesson}"; expected one of ${LESSON_IDS.join(', ')}` };
  if (values.prompt !== undefined && values.prompt.trim() === '') return { kind: 'error', message: '--prompt is empty' };
  if (values.record !== undefined && values.prompt === undefined) {
    return { kind: 'error', message: '--record needs --prompt (a trace records one run)' };
  }
  return { kind: 'run', args: { lesson, prompt: values.prompt, record: values.record, workspace: values.workspace } };
}

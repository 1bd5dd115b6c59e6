// The agent in a terminal: `npm run agent -- <lesson> [--prompt TEXT] [--record FILE] [--workspace DIR]`.
// With --prompt: one run, then exit (0 when it completed). Without: a REPL that keeps the conversation.
import readline from 'node:readline';
import { USAGE, parseCliArgs, type CliArgs } from '@/lib/agent/cli/args';
import { createPrinter } from '@/lib/agent/cli/render';
import { createModelSeam } from '@/lib/agent/model';
import { recordRun } from '@/lib/lessons/record-run';
import { DEFAULT_MAX_TURNS, type RunResult, describeError, runLesson } from '@/lib/lessons/run-lesson';
import { createSink } from '@/lib/agent/sink';
import type { LessonModule, ModelSeam } from '@/lib/agent/types';
import { type RunWorkspace, createWorkspace } from '@/lib/agent/workspace';
import { TurnLimitError } from '@/lib/agent/loop';
import { getLessonModule } from '@/lib/lessons/agents';
import { getLesson } from '@/lib/lessons/registry';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const print = createPrinter({ write: (t) => process.stdout.write(t), color });
/** REPL commands answered by the lesson agent's inspect(), where the lesson has that state. */
const REPL_COMMANDS: Record<string, string> = {
  tasks: 'the task board',
  bg: 'background processes',
  team: 'teammates and their status',
  inbox: 'every inbox, with the mail still unread in it',
};

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (parsed.kind === 'help') return say(USAGE, 0);
  if (parsed.kind === 'error') return fail(`${parsed.message}\n\n${USAGE}`, 2);
  const { args } = parsed;

  let lessonModule: LessonModule;
  let model: ModelSeam;
  try {
    lessonModule = getLessonModule(args.lesson);
    model = createModelSeam({ env: process.env, scripts: lessonModule.scripts });
  } catch (err) {
    return fail((err as Error).message, 2);
  }
  const workspace = await createWorkspace(args.lesson, { dir: args.workspace });
  const lesson = getLesson(args.lesson);
  say(`${lesson.id} · ${lesson.slug} · tools: ${lesson.tools.join(', ')}`);
  say(model.mode === 'api'
    ? `model: ${model.model} (Anthropic API${process.env.ANTHROPIC_BASE_URL ? ` at ${process.env.ANTHROPIC_BASE_URL}` : ''})`
    : 'model: the built-in scripted model (it knows the lesson\'s example prompts; set ANTHROPIC_API_KEY to use Claude)');
  say(`workspace: ${workspace.root}${args.workspace ? ' (kept)' : ' (removed on exit)'}`);
  try {
    return args.prompt === undefined ? await repl(lessonModule, model, workspace) : await once(args, args.prompt, model, workspace);
  } finally {
    await workspace.dispose();
  }
}

async function once(args: CliArgs, prompt: string, model: ModelSeam, workspace: RunWorkspace): Promise<number> {
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  const run = { lesson: args.lesson, prompt, model, workspace, signal: abort.signal };
  let result: RunResult;
  if (args.record) {
    const recorded = await recordRun({ ...run, file: args.record, onEvent: (e) => print.onEvent(e) });
    result = recorded.result;
    say(`trace written to ${args.record} (${recorded.events} events)`);
  } else {
    result = await runLesson({ ...run, sink: createSink((e) => print.onEvent(e)) });
  }
  if (result.outcome === 'completed') return 0;
  return result.outcome === 'cancelled' ? 130 : 1;
}

async function repl(lessonModule: LessonModule, model: ModelSeam, workspace: RunWorkspace): Promise<number> {
  const abort = new AbortController();
  const sink = createSink((e) => print.onEvent(e));
  const agent = lessonModule.createAgent({
    lesson: lessonModule.id, model, sink, workspace, signal: abort.signal, limits: { maxTurns: DEFAULT_MAX_TURNS },
  });
  const inspect = agent.inspect?.bind(agent);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  let closed = false;
  let leaving = false;
  let queued = 0;
  // Prompts (and q) take their turn one after another, in the order they were typed or piped.
  let turns = Promise.resolve();
  const take = async (input: string): Promise<void> => {
    if (leaving || abort.signal.aborted) return;
    if (input === 'q' || input === 'quit' || input === 'exit') {
      leaving = true;
      rl.close();
      return;
    }
    if (input !== '') {
      try {
        await agent.send(input);
      } catch (err) {
        if (abort.signal.aborted) return;
        say(err instanceof TurnLimitError ? `stopped: ${err.message}` : `error: ${describeError(err)}`);
      }
    }
    if (!closed) rl.prompt();
  };
  const answer = (input: string) => {
    try {
      say(command(lessonModule.id, input.slice(1), inspect));
    } catch (err) {
      say(`error: ${describeError(err)}`); // e.g. a task file the model wrote badly: the REPL goes on
    }
  };
  const ended = new Promise<void>((resolve) => {
    rl.on('line', (line) => {
      const input = line.trim();
      // Typed at a terminal, a command is answered at once, even while the agent works, so it shows the
      // state as it is now. Piped in, it keeps its place after the prompts before it.
      if (input.startsWith('/') && process.stdin.isTTY) {
        answer(input);
        if (queued === 0 && !closed) rl.prompt();
        return;
      }
      queued += 1;
      const turn = input.startsWith('/') ? async () => answer(input) : () => take(input);
      turns = turns.then(turn).finally(() => { queued -= 1; });
    });
    // Ctrl-D, the end of piped input, or q: leave once the prompts given before it have had their turn.
    rl.on('close', () => {
      closed = true;
      void turns.then(resolve);
    });
  });
  // Ctrl-C while the agent works stops it (and every process it started); the REPL then ends.
  rl.on('SIGINT', () => {
    abort.abort();
    rl.close();
  });
  say('type a prompt; /help for commands; q or Ctrl-D to leave');
  rl.setPrompt(`${lessonModule.id}> `);
  rl.prompt();
  try {
    await ended;
  } finally {
    await agent.dispose();
  }
  return abort.signal.aborted ? 130 : 0;
}

function command(lessonId: string, name: string, inspect?: (what: string) => string | null): string {
  if (name === 'help') {
    // Only the commands this lesson's agent can answer: asking it is cheap (it prints its state).
    const rows = Object.entries(REPL_COMMANDS)
      .filter(([c]) => inspect?.(c) != null)
      .map(([c, what]) => `/${c.padEnd(9)} show ${what}`);
    return ['/help      this list', ...rows, 'q          leave (or Ctrl-D)'].join('\n');
  }
  if (!Object.hasOwn(REPL_COMMANDS, name)) return `unknown command /${name}; try /help`;
  return inspect?.(name) ?? `nothing to show: /${name} is not part of lesson ${lessonId}`;
}

function say(text: string, code?: number): number {
  process.stdout.write(`${text}\n`);
  return code ?? 0;
}

function fail(text: string, code: number): number {
  process.stderr.write(`agent: ${text}\n`);
  return code;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`agent: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);

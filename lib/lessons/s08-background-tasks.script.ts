// What the scripted model says for s08's examples: commands go to the background, the conversation goes
// on, and the results arrive in <background-results> blocks. Dynamic steps read the real results.
import type { Script, ScriptRequest } from '../agent/script';
import { lastUserText } from './team-script-helpers';

const SLEEPS = 'Start 3 background tasks: sleep 2, sleep 4, sleep 6. Check their status.';
const TESTS = 'Run the test suite in the background and meanwhile write a summary of src/.';
const FAILS = 'Run a command that fails in the background and tell me what happened.';

interface Result { id: string; status: string; rest: string }

/** The `[bg:<id>] <status>: <output>` lines of the last <background-results> block. */
function backgroundResults(req: ScriptRequest): Result[] {
  const block = lastUserText(req).match(/<background-results>\n([\s\S]*?)\n<\/background-results>/);
  if (!block) return [];
  return block[1].split('\n').flatMap((line) => {
    const m = line.match(/^\[bg:(\w+)\] (\w+): (.*)$/);
    return m ? [{ id: m[1], status: m[2], rest: m[3].replace(/\\n/g, '\n') }] : [];
  });
}

function exportsOf(source: string): string[] {
  return [...source.matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1]);
}

export const scripts: Script[] = [
  {
    prompt: SLEEPS,
    turns: [
      {
        text: 'I start all three in the background, so they run side by side instead of one after another.',
        tools: [
          { name: 'background_run', input: { command: 'sleep 2 && echo "slept 2 s"' } },
          { name: 'background_run', input: { command: 'sleep 4 && echo "slept 4 s"' } },
          { name: 'background_run', input: { command: 'sleep 6 && echo "slept 6 s"' } },
        ],
      },
      { text: 'All three started. Their status:', tools: [{ name: 'check_background', input: {} }] },
      (req) => ({
        text:
          `Status right now:\n\n${req.lastToolResults[0] ?? ''}\n\n` +
          'Nothing is blocking me, so I end my turn here: the loop waits for the running tasks and hands me their results.',
      }),
      (req) => {
        const results = backgroundResults(req);
        const lines = results.map((r) => `- bg:${r.id}: ${r.status} (${r.rest})`).join('\n');
        return {
          text:
            `All three finished, in the order they ended:\n\n${lines}\n\n` +
            'They ran side by side, so the whole thing took about 6 seconds (the longest sleep), not 2 + 4 + 6 = 12.',
        };
      },
    ],
  },
  {
    prompt: TESTS,
    turns: [
      {
        text: 'The suite is slow, so it goes to the background (`node --test tests/`, what `npm test` runs). Meanwhile I read src/.',
        tools: [
          { name: 'background_run', input: { command: 'node --test tests/' } },
          { name: 'read_file', input: { path: 'src/greet.js' } },
          { name: 'read_file', input: { path: 'src/math.js' } },
          { name: 'read_file', input: { path: 'src/server.js' } },
        ],
      },
      (req) => {
        const [, greet = '', math = '', server = ''] = req.lastToolResults;
        const summary = [
          '# Summary of src/',
          '',
          `- \`src/greet.js\`: greetings in a few languages; exports ${exportsOf(greet).map((f) => `\`${f}\``).join(', ')}.`,
          `- \`src/math.js\`: the arithmetic; exports ${exportsOf(math).map((f) => `\`${f}\``).join(', ')}.`,
          `- \`src/server.js\`: the HTTP service (routes /greet, /languages, /add); exports ${exportsOf(server).map((f) => `\`${f}\``).join(', ')}.`,
          '',
        ].join('\n');
        return { text: 'I write the summary while the tests run.', tools: [{ name: 'write_file', input: { path: 'SUMMARY.md', content: summary } }] };
      },
      { text: 'SUMMARY.md is written. The test suite is still running; I end my turn and the loop waits for its result.' },
      (req) => {
        const [result] = backgroundResults(req);
        return {
          text: `The test suite finished: ${result?.status ?? 'no result'}. The notification shows only the start of the output, so I read all of it.`,
          tools: [{ name: 'check_background', input: { id: result?.id ?? '1' } }],
        };
      },
      (req) => {
        const output = req.lastToolResults[0] ?? '';
        const count = (label: string) => output.match(new RegExp(`# ${label} (\\d+)`))?.[1] ?? '?';
        return {
          text:
            `Done. SUMMARY.md describes the three modules of src/, and the test suite ran in the background meanwhile: ` +
            `${count('tests')} tests, ${count('pass')} passed, ${count('fail')} failed.`,
        };
      },
    ],
  },
  {
    prompt: FAILS,
    turns: [
      {
        text: 'I start a command that must fail: listing a directory that does not exist.',
        tools: [{ name: 'background_run', input: { command: 'ls no-such-dir' } }],
      },
      { text: 'It is running in the background; I end my turn and its result will be handed to me.' },
      (req) => {
        const [result] = backgroundResults(req);
        if (!result) return { text: 'No background result arrived.' };
        const code = result.rest.match(/exit code (\d+)/)?.[1];
        return {
          text:
            `bg:${result.id} ${result.status}${code ? ` with exit code ${code}` : ''}. Its output: "${result.rest.replace(/^exit code \d+; /, '')}". ` +
            'The background manager reports the real outcome: a non-zero exit becomes `failed` with the code, so the model can react to it.',
        };
      },
    ],
  },
];

// What the scripted model says for s01's example prompts. The commands run for real against the
// workspace; steps that are functions read the real tool results, so the answers match what happened.
import type { Script } from '../agent/script';

const LIST = 'List the files in this project and tell me what it does.';
const COUNT_TS = 'How many lines of TypeScript are in src/?';
const HELLO = 'Create hello.txt containing "hello, agent" and show it.';

export const scripts: Script[] = [
  {
    prompt: LIST,
    turns: [
      { text: 'Let me see what is in the project.', tools: [{ name: 'bash', input: { command: "find . -type f -not -path './node_modules/*' | sort" } }] },
      (req) => {
        const files = (req.lastToolResults[0] ?? '').split('\n').filter((l) => l.startsWith('./'));
        return {
          text: `There are ${files.length} files. The manifest and the entry point should tell me what it does.`,
          tools: [{ name: 'bash', input: { command: 'cat package.json && head -n 20 src/server.js' } }],
        };
      },
      {
        text: [
          'This is **hello-service** (v0.3.0), a tiny Node.js HTTP service with no dependencies:',
          '- `src/server.js` answers `/greet?name=…&lang=…`, `/languages` and `/add?a=…&b=…` on port 8080;',
          '- `src/greet.js` says hello in English, French, Spanish and Japanese;',
          '- `src/math.js` has `add` and `multiply`;',
          '- `src/slug.ts` is the first module ported to TypeScript (URL slugs);',
          '- `tests/` holds `node:test` tests, run with `npm test`.',
          'There is no README yet, and a few TODO comments mark known gaps (unknown languages, input validation, the hard-coded port).',
        ].join('\n'),
      },
    ],
  },
  {
    prompt: COUNT_TS,
    turns: [
      { text: 'Counting the lines of every file in src/:', tools: [{ name: 'bash', input: { command: 'find src -type f | sort | xargs wc -l' } }] },
      (req) => {
        const rows = [...(req.lastToolResults[0] ?? '').matchAll(/^\s*(\d+)\s+(\S+)$/gm)]
          .map((m) => ({ lines: Number(m[1]), file: m[2] }))
          .filter((r) => r.file !== 'total');
        const ts = rows.filter((r) => /\.tsx?$/.test(r.file));
        const other = rows.filter((r) => !/\.tsx?$/.test(r.file));
        const sum = (list: typeof rows) => list.reduce((n, r) => n + r.lines, 0);
        const tsPart = ts.length === 0
          ? 'There is no TypeScript in src/.'
          : `There ${sum(ts) === 1 ? 'is 1 line' : `are **${sum(ts)} lines**`} of TypeScript in src/, in ${ts.map((r) => `\`${r.file}\``).join(', ')}.`;
        const kind = other.every((r) => r.file.endsWith('.js')) ? 'JavaScript' : 'other files';
        const rest = other.length === 0 ? '' : ` The other ${sum(other)} lines are ${kind}: ${other.map((r) => `\`${r.file}\``).join(', ')}.`;
        return { text: tsPart + rest };
      },
    ],
  },
  {
    prompt: HELLO,
    turns: [
      { tools: [{ name: 'bash', input: { command: "printf 'hello, agent\\n' > hello.txt && cat hello.txt" } }] },
      (req) => ({ text: `Created hello.txt. It contains:\n\n    ${(req.lastToolResults[0] ?? '').trim()}` }),
    ],
  },
];

// What the scripted model says for s02's example prompts: the file tools at work, including a refusal.
// Steps that are functions read the real tool results, so the answers match what happened.
import type { Script } from '../agent/script';

const NAME = 'Read package.json and tell me the project name.';
const FAREWELL = 'Add a farewell function to src/greet.js next to greet.';
const PASSWD = 'Try to read ../../etc/passwd.';

const GREET_END = 'return `${word}, ${name}!`;\n}';
const FAREWELL_FN = '\n\nexport function farewell(name) {\n  return `Goodbye, ${name}!`;\n}';

export const scripts: Script[] = [
  {
    prompt: NAME,
    turns: [
      { tools: [{ name: 'read_file', input: { path: 'package.json' } }] },
      (req) => {
        try {
          const pkg = JSON.parse(req.lastToolResults[0] ?? '') as { name?: string; version?: string; description?: string };
          return { text: `The project is called **${pkg.name}** (version ${pkg.version}). ${pkg.description ?? ''}`.trim() };
        } catch {
          return { text: `I could not parse package.json: ${req.lastToolResults[0] ?? 'no result'}` };
        }
      },
    ],
  },
  {
    prompt: FAREWELL,
    turns: [
      { text: 'First I read the file, so the edit matches it exactly.', tools: [{ name: 'read_file', input: { path: 'src/greet.js' } }] },
      {
        text: 'Now I add `farewell` right after `greet`, anchored on the end of `greet`.',
        tools: [{ name: 'edit_file', input: { path: 'src/greet.js', old_text: GREET_END, new_text: GREET_END + FAREWELL_FN } }],
      },
      {
        text: 'Let me check that it works.',
        tools: [{ name: 'bash', input: { command: `node --input-type=module -e "import { greet, farewell } from './src/greet.js'; console.log(greet('Ada')); console.log(farewell('Ada'));"` } }],
      },
      (req) => ({
        text: `Added \`farewell(name)\` to src/greet.js, right after \`greet\`; it returns \`Goodbye, <name>!\`. Quick check:\n\n${indent(req.lastToolResults[0] ?? '')}`,
      }),
    ],
  },
  {
    prompt: PASSWD,
    turns: [
      { tools: [{ name: 'read_file', input: { path: '../../etc/passwd' } }] },
      { text: 'read_file refused. Through bash with root rights, then?', tools: [{ name: 'bash', input: { command: 'sudo cat /etc/passwd' } }] },
      (req) => ({
        text: [
          'I cannot read it, and that is by design:',
          '- **read_file** only accepts paths inside the workspace; `../../etc/passwd` leaves it, so the harness refused before touching the disk.',
          `- **bash** refused \`sudo\`: ${(req.lastToolResults[0] ?? '').replace(/^Error: refused: /, '')}`,
          'Note that bash is not a sandbox: it starts in the workspace with a scrubbed environment and a small deny-list, but it runs with every right of the user who started the harness. Real isolation needs a container or a VM.',
        ].join('\n'),
      }),
    ],
  },
];

function indent(text: string): string {
  return text.trim().split('\n').map((l) => `    ${l}`).join('\n');
}

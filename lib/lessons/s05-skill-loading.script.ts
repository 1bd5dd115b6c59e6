// What the scripted model says for s05's example prompts: it loads a skill before the work the skill
// covers, once asks for a skill under the wrong name (and picks the right one from the error's list),
// and follows what the skill says. Function steps read the real tool results.
import type { Script, ScriptRequest } from '../agent/script';
import { toolOutputs } from './script-reading';

const REVIEW = 'Review src/server.js using the code-review skill.';
const COMMIT = 'Write a commit message for the changes in this project using the right skill.';
const PDF = 'Load the pdf skill.';

/** `file:line` of the first line of `source` containing `needle`, so the review cites real lines. */
function at(file: string, source: string, needle: string): string {
  const index = source.split('\n').findIndex((line) => line.includes(needle));
  return index < 0 ? file : `${file}:${index + 1}`;
}

function review(req: ScriptRequest): string {
  const [server = '', greet = ''] = toolOutputs(req, 'read_file');
  const s = (needle: string) => at('src/server.js', server, needle);
  return [
    'Review of `src/server.js`, following the code-review skill.', '',
    '**Bugs**',
    `- \`${s("searchParams.get('name')")}\`: \`/greet\` without \`name\` answers \`Hello, null!\` with status 200, since \`searchParams.get\` returns \`null\`. Fix: answer 400 \`name is required\`.`,
    `- \`${s("searchParams.get('name')")}\` with \`${at('src/greet.js', greet, 'GREETINGS[lang]')}\`: \`/greet?name=Ada&lang=de\` answers \`undefined, Ada!\`. Fix in greet: \`GREETINGS[lang] ?? GREETINGS.en\`.`,
    `- \`${s('Number(searchParams')}\`: \`/add?a=two&b=3\` answers \`NaN\` with status 200. Fix: check \`Number.isFinite\` on both and answer 400 naming the bad parameter.`, '',
    '**Risks**',
    `- \`${s('const PORT')}\`: the port is hard-coded (the TODO says so); a second instance cannot start. Fix: \`Number(process.env.PORT ?? 8080)\`.`,
    `- \`${s('import.meta.url.endsWith')}\`: the "am I the main module" check compares a file URL with a path; a path with a space (\`%20\` in the URL) never matches, and the server silently does not start.`,
    `- \`${s('export function handle')}\`: the method is ignored, so \`POST /greet\` is answered like \`GET\`; a 405 would be clearer.`, '',
    '**Maintainability**',
    '- `handle()` is pure (URL in, `{ status, body }` out) but has no tests; the TODO in `tests/math.test.js` asks for them.', '',
    'First change: the 400 for a missing `name`, with a test through `handle()`.',
  ].join('\n');
}

function findPatch(listing: string): string | undefined {
  return listing.split('\n').map((l) => l.trim()).find((l) => /\.(diff|patch)$/.test(l));
}

const COMMIT_MESSAGE = [
  '```',
  'fix(greet): fall back to English for an unknown language', '',
  "greet('Ada', 'xx') answered \"undefined, Ada!\": GREETINGS has no entry",
  'for the language and nothing caught it. It now uses the English',
  'greeting, as the TODO in src/greet.js asked, and a test covers it.',
  '```',
].join('\n');

function headings(skill: string): string[] {
  return [...skill.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
}

export const scripts: Script[] = [
  {
    prompt: REVIEW,
    turns: [
      { text: 'First the code-review skill, so I review the way it prescribes.', tools: [{ name: 'load_skill', input: { name: 'code-review' } }] },
      {
        text: 'The skill says to read the whole file, and the files it imports where behaviour depends on them.',
        tools: [{ name: 'read_file', input: { path: 'src/server.js' } }, { name: 'read_file', input: { path: 'src/greet.js' } }],
      },
      (req) => ({ text: review(req) }),
    ],
  },
  {
    prompt: COMMIT,
    turns: [
      { text: 'There should be a skill for commit messages; git-commit sounds likely.', tools: [{ name: 'load_skill', input: { name: 'git-commit' } }] },
      { text: 'Not under that name: the error lists commit-message, which is the right one.', tools: [{ name: 'load_skill', input: { name: 'commit-message' } }] },
      {
        text: 'The skill says to write from the actual diff, starting with the staged changes.',
        tools: [{ name: 'bash', input: { command: 'git diff --staged 2>&1 | head -n 3; ls' } }],
      },
      (req) => {
        const patch = findPatch(req.lastToolResults[0] ?? '');
        if (!patch) return { text: 'There is no git repository and no patch file here, so there is no change to describe yet.' };
        return {
          text: `This is not a git repository, so as the skill says I look for a patch file: ${patch}.`,
          tools: [{ name: 'read_file', input: { path: patch } }],
        };
      },
      (req) => {
        const files = [...(req.lastToolResults[0] ?? '').matchAll(/^diff --git a\/(\S+)/gm)].map((m) => m[1]);
        return {
          text: [
            COMMIT_MESSAGE, '',
            `The diff touches ${files.map((f) => `\`${f}\``).join(' and ')}: one fix and its test, so one commit.`,
            'It exists only as `changes.diff` here; apply it (`git apply changes.diff`) before committing.',
          ].join('\n'),
        };
      },
    ],
  },
  {
    prompt: PDF,
    turns: [
      { tools: [{ name: 'load_skill', input: { name: 'pdf' } }] },
      (req) => {
        const skill = req.lastToolResults[0] ?? '';
        return {
          text: [
            `The pdf skill is loaded (${skill.length} characters, now part of this conversation). It covers:`,
            ...headings(skill).map((h) => `- ${h}`), '',
            'Until now only its one-line description was in my system prompt. Give me a PDF and a task, and I will follow it.',
          ].join('\n'),
        };
      },
    ],
  },
];

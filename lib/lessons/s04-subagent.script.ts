// What the scripted model says for s04's example prompts. Each parent delegates to a subagent whose own
// script (selected by the prompt the parent wrote for it) runs real tools in the same workspace; the
// parent then answers from the child's summary alone.
import type { Script, ScriptRequest } from '../agent/script';
import { toolOutputs } from './script-reading';

const TODOS = 'Use a subagent to find which files mention "TODO", then summarise.';
const LINES = 'Delegate counting the lines of every file in src/ to a subagent.';
const TESTS = 'Ask a subagent to read the tests and tell you what is covered.';

// The prompts the parent writes for its children: complete on their own, since a child sees nothing else.
const CHILD_TODOS =
  'Search this project for files that mention TODO (skip node_modules and .git). For each file, give the ' +
  'line numbers and what each TODO asks for. Reply with that list only.';
const CHILD_LINES = 'Count the lines of every file in src/. Reply with one line per file, largest first, then the total.';
const CHILD_TESTS =
  'Read every test file in tests/. Report which functions and behaviours the tests cover, and which ' +
  'functions exported from src/ have no test at all.';

/** The summary the child returned: the result of the parent's task call. */
const childSummary = (req: ScriptRequest) => (req.lastToolResults[0] ?? '').trim();

function todoList(grep: string): string {
  const byFile = new Map<string, string[]>();
  for (const m of grep.matchAll(/^\.?\/?([^:\n]+):(\d+):.*?TODO:?\s*(.*)$/gm)) {
    const [, file, line, what] = m;
    byFile.set(file, [...(byFile.get(file) ?? []), `line ${line}: ${what.trim()}`]);
  }
  if (byFile.size === 0) return 'No file mentions TODO.';
  return [...byFile].map(([file, items]) => `- ${file}\n${items.map((i) => `  - ${i}`).join('\n')}`).join('\n');
}

function lineCounts(wc: string): string {
  const rows = [...wc.matchAll(/^\s*(\d+)\s+(\S+)$/gm)].map((m) => ({ lines: Number(m[1]), file: m[2] })).filter((r) => r.file !== 'total');
  if (rows.length === 0) return `wc printed nothing I could read:\n${wc}`;
  rows.sort((a, b) => b.lines - a.lines);
  const total = rows.reduce((n, r) => n + r.lines, 0);
  return [...rows.map((r) => `- ${r.file}: ${r.lines}`), `Total: ${total} lines in ${rows.length} files.`].join('\n');
}

function coverage(req: ScriptRequest): string {
  const [listing = ''] = toolOutputs(req, 'bash');
  const exported = [...listing.matchAll(/^(src\/[\w.-]+):\d+:export (?:async )?function (\w+)/gm)].map((m) => ({ file: m[1], name: m[2] }));
  const testFiles = toolOutputs(req, 'read_file');
  const tested = new Set<string>();
  const behaviours: string[] = [];
  for (const text of testFiles) {
    for (const m of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*'\.\.\/src\//g)) m[1].split(',').forEach((n) => tested.add(n.trim()));
    for (const m of text.matchAll(/test\(\s*'([^']+)'/g)) behaviours.push(m[1]);
  }
  const untested = exported.filter((e) => !tested.has(e.name));
  return [
    `Tests found: ${behaviours.length}, in ${testFiles.length} files.`,
    `Covered functions: ${[...tested].join(', ') || 'none'}.`,
    'Covered behaviours:', ...behaviours.map((b) => `- ${b}`),
    untested.length ? `Exported but never tested: ${untested.map((e) => `${e.name} (${e.file})`).join(', ')}.` : 'Every exported function has a test.',
  ].join('\n');
}

export const scripts: Script[] = [
  {
    prompt: TODOS,
    turns: [
      {
        text: 'A search like this prints a lot I do not need to keep. I will let a subagent do it in its own context.',
        tools: [{ name: 'task', input: { description: 'find TODO mentions', prompt: CHILD_TODOS } }],
      },
      (req) => {
        const list = childSummary(req);
        const files = [...list.matchAll(/^- (\S+)/gm)].map((m) => m[1]);
        const todos = (list.match(/^ {2}- /gm) ?? []).length;
        const byDir = new Map<string, number>();
        for (const f of files) byDir.set(f.split('/')[0], (byDir.get(f.split('/')[0]) ?? 0) + 1);
        const where = [...byDir].map(([dir, n]) => `${n} in ${dir.includes('.') ? 'the root' : `${dir}/`}`).join(', ');
        return {
          text: [
            `The subagent found ${todos} TODOs in ${files.length} files (${where}):`, '', list, '',
            'Each one is a known gap somebody wrote down; together they are a good to-do list for the next change.',
            'The grep output itself stayed in the subagent\'s context; only this list reached mine.',
          ].join('\n'),
        };
      },
    ],
  },
  {
    prompt: CHILD_TODOS,
    turns: [
      { tools: [{ name: 'bash', input: { command: 'grep -rn "TODO" . --exclude-dir=node_modules --exclude-dir=.git' } }] },
      (req) => ({ text: todoList(req.lastToolResults[0] ?? '') }),
    ],
  },
  {
    prompt: LINES,
    turns: [
      { tools: [{ name: 'task', input: { description: 'count lines in src/', prompt: CHILD_LINES } }] },
      (req) => ({ text: `Here is what the subagent counted:\n\n${childSummary(req)}` }),
    ],
  },
  {
    prompt: CHILD_LINES,
    turns: [
      { tools: [{ name: 'bash', input: { command: 'find src -type f | sort | xargs wc -l' } }] },
      (req) => ({ text: lineCounts(req.lastToolResults[0] ?? '') }),
    ],
  },
  {
    prompt: TESTS,
    turns: [
      {
        text: 'Reading every test file would fill my context; a subagent can read them and hand me the gist.',
        tools: [{ name: 'task', input: { description: 'summarise test coverage', prompt: CHILD_TESTS } }],
      },
      (req) => ({ text: `What the tests cover, according to the subagent:\n\n${childSummary(req)}` }),
    ],
  },
  {
    prompt: CHILD_TESTS,
    turns: [
      {
        text: 'First the test files, and what src/ exports.',
        tools: [{ name: 'bash', input: { command: 'ls tests && grep -n "^export" src/*.js' } }],
      },
      (req) => {
        const files = (req.lastToolResults[0] ?? '').split('\n').filter((l) => /\.test\.[jt]s$/.test(l.trim()));
        return { tools: files.map((f) => ({ name: 'read_file', input: { path: `tests/${f.trim()}` } })) };
      },
      (req) => ({ text: coverage(req) }),
    ],
  },
];

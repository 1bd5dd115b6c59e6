// What the scripted model says for s03's example prompts: it plans with the todo tool, walks the items
// through their statuses, once forgets to update them (and gets the reminder), and once breaks the
// one-in-progress rule (and reads the error). Files and commands are real; function steps read results.
import type { Script, ScriptRequest } from '../agent/script';
import { toolOutputs } from './script-reading';

const DOCS = 'Plan and add a README, a LICENSE note and a CHANGELOG to this project.';
const REFACTOR = 'Refactor src/math.js: split add and multiply into their own files.';
const REVIEW = 'Make a todo list for reviewing this project, then do it.';

type Status = 'pending' | 'in_progress' | 'completed';
/** The whole list with statuses given in order, as the todo tool wants it every time. */
const todo = (texts: string[], statuses: Status[]) => ({
  name: 'todo',
  input: { items: texts.map((text, i) => ({ id: String(i + 1), text, status: statuses[i] ?? 'pending' })) },
});
const steps = (n: number, done: number): Status[] =>
  Array.from({ length: n }, (_, i) => (i < done ? 'completed' : i === done ? 'in_progress' : 'pending'));

const DOC_ITEMS = ['Write README.md: what it is, how to run and test it', 'Add a LICENSE note (package.json says MIT)', 'Start CHANGELOG.md at the current version'];

function readme(req: ScriptRequest): string {
  let pkg: { name?: string; description?: string; version?: string } = {};
  try {
    pkg = JSON.parse(req.lastToolResults[1] ?? '{}');
  } catch {
    // keep the defaults below: the README still gets written, just more generic
  }
  return [
    `# ${pkg.name ?? 'hello-service'}`, '', pkg.description ?? 'A tiny HTTP service.', '',
    '## Run', '', '    npm start    # node src/server.js, listens on http://localhost:8080', '',
    '## Test', '', '    npm test     # node --test tests/', '',
    '## Endpoints', '',
    '- `GET /greet?name=Ada&lang=fr` answers `Bonjour, Ada!` (languages: see `/languages`)',
    '- `GET /languages` answers `en, fr, es, ja`',
    '- `GET /add?a=1&b=2` answers `3`', '',
    '## License', '', 'MIT, see [LICENSE](LICENSE).', '',
  ].join('\n');
}

const LICENSE = [
  'hello-service is released under the MIT License.', '',
  'Copyright (c) the hello-service contributors', '',
  'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and',
  'associated documentation files (the "Software"), to deal in the Software without restriction, including',
  'without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell',
  'copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the',
  'following conditions:', '',
  'The above copyright notice and this permission notice shall be included in all copies or substantial',
  'portions of the Software.', '',
  'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT',
  'LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO',
  'EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER',
  'IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE',
  'USE OR OTHER DEALINGS IN THE SOFTWARE.', '',
].join('\n');

const CHANGELOG = [
  '# Changelog', '',
  'All notable changes to this project are listed here. The format follows Keep a Changelog;',
  'versions follow Semantic Versioning.', '',
  '## [Unreleased]', '',
  '### Added', '', '- README, LICENSE note and this changelog.', '',
  '## [0.3.0]', '',
  '### Added', '',
  '- `/greet` in English, French, Spanish and Japanese.',
  '- `/languages` lists the supported languages.',
  '- `/add` adds two numbers.', '',
].join('\n');

const REFACTOR_ITEMS = [
  'Read src/math.js and find who imports it', 'Move add into src/add.js', 'Move multiply into src/multiply.js',
  'Make src/math.js re-export both, so importers keep working', 'Run the tests',
];

const REVIEW_ITEMS = ['Look at the layout and package.json', 'Read the source files', 'Run the tests', 'Write the findings to REVIEW.md'];

/** "# pass 5" / "# fail 0" from node --test, as one readable line. */
function testSummary(output: string): string {
  const pass = /# pass (\d+)/.exec(output)?.[1];
  const fail = /# fail (\d+)/.exec(output)?.[1];
  if (pass === undefined || fail === undefined) return `the test run did not report a result:\n\n${output.trim()}`;
  return fail === '0' ? `all ${pass} tests pass` : `${fail} test(s) fail, ${pass} pass`;
}

function review(req: ScriptRequest): string {
  return [
    '# Review of hello-service', '',
    `Tests: ${testSummary(toolOutputs(req, 'bash').at(-1) ?? '')} (\`node --test tests/\`).`, '',
    '## Bugs', '',
    '- `src/greet.js`: an unknown language answers `undefined, Ada!`, because `GREETINGS[lang]` has no fallback (the TODO says so).',
    '- `src/server.js`: `/greet` without `name` answers `Hello, null!` (`searchParams.get` returns `null`).',
    '- `src/server.js`: `/add?a=two&b=3` answers `NaN` with status 200; non-numbers should get a 400.', '',
    '## Risks', '',
    '- `src/server.js`: the port is hard-coded to 8080 (TODO); read it from `PORT`.',
    '- `src/math.js`: `add` and `multiply` accept strings; `add(\'2\', 3)` is `\'23\'`.', '',
    '## Tests', '',
    '- Only `greet`, `languages`, `add` and `multiply` are tested. The routes are not, although `handle()` is',
    '  pure (URL in, `{ status, body }` out) and easy to test without starting a server.', '',
    'First change to make: the English fallback in `greet`, with a test.', '',
  ].join('\n');
}

export const scripts: Script[] = [
  {
    prompt: DOCS,
    turns: [
      {
        text: 'Three files, so a plan first. I also need the project name and licence from package.json.',
        tools: [todo(DOC_ITEMS, steps(3, 0)), { name: 'read_file', input: { path: 'package.json' } }],
      },
      (req) => ({ tools: [{ name: 'write_file', input: { path: 'README.md', content: readme(req) } }] }),
      { tools: [{ name: 'write_file', input: { path: 'LICENSE', content: LICENSE } }] },
      { tools: [{ name: 'write_file', input: { path: 'CHANGELOG.md', content: CHANGELOG } }] },
      {
        text: 'The reminder is fair: my list still shows the README as in progress, though all three files are written. Updating it, and checking the files are there.',
        tools: [todo(DOC_ITEMS, steps(3, 3)), { name: 'bash', input: { command: 'ls -1 && head -n 3 README.md' } }],
      },
      {
        text: [
          'Done:',
          '- **README.md**: what the service is, how to run and test it, its endpoints;',
          '- **LICENSE**: the MIT licence that package.json declares;',
          '- **CHANGELOG.md**: Keep a Changelog format, with 0.3.0 and an Unreleased entry for these files.',
        ].join('\n'),
      },
    ],
  },
  {
    prompt: REFACTOR,
    turns: [
      {
        text: 'A refactor touches several files, so a plan first; and I need to know who imports math.js.',
        tools: [
          todo(REFACTOR_ITEMS, steps(5, 0)),
          { name: 'read_file', input: { path: 'src/math.js' } },
          { name: 'bash', input: { command: 'grep -rn "math.js" src tests' } },
        ],
      },
      {
        text: 'server.js and the tests import from math.js, so math.js will stay as a re-export.',
        tools: [
          todo(REFACTOR_ITEMS, steps(5, 1)),
          { name: 'write_file', input: { path: 'src/add.js', content: '// Adding two numbers.\n\nexport function add(a, b) {\n  return a + b;\n}\n' } },
        ],
      },
      {
        tools: [
          todo(REFACTOR_ITEMS, steps(5, 2)),
          {
            name: 'write_file',
            input: {
              path: 'src/multiply.js',
              content: "// Multiplying two numbers.\n\nexport function multiply(a, b) {\n  // TODO: reject non-numbers; multiply('2', 3) happens to work, add('2', 3) returns '23'.\n  return a * b;\n}\n",
            },
          },
        ],
      },
      {
        tools: [
          todo(REFACTOR_ITEMS, steps(5, 3)),
          {
            name: 'write_file',
            input: {
              path: 'src/math.js',
              content: "// The arithmetic the service offers. Each operation lives in its own file; this module keeps the\n// old import path working.\nexport { add } from './add.js';\nexport { multiply } from './multiply.js';\n",
            },
          },
        ],
      },
      { tools: [todo(REFACTOR_ITEMS, steps(5, 4)), { name: 'bash', input: { command: 'node --test tests/ 2>&1 | tail -n 8' } }] },
      (req) => ({ text: `Tests: ${testSummary(req.lastToolResults[1] ?? '')}.`, tools: [todo(REFACTOR_ITEMS, steps(5, 5))] }),
      {
        text: [
          'Refactored:',
          '- `src/add.js` and `src/multiply.js` each hold one function (the TODO about input checks moved with `multiply`);',
          '- `src/math.js` re-exports both, so `src/server.js` and the tests did not need to change.',
        ].join('\n'),
      },
    ],
  },
  {
    prompt: REVIEW,
    turns: [
      {
        text: 'Here is my review plan.',
        tools: [todo(REVIEW_ITEMS, ['in_progress', 'in_progress', 'pending', 'pending'])],
      },
      {
        text: 'Right: one item in progress at a time. Starting with the layout.',
        tools: [todo(REVIEW_ITEMS, steps(4, 0)), { name: 'bash', input: { command: 'cat package.json && find src tests -type f | sort' } }],
      },
      {
        tools: [
          todo(REVIEW_ITEMS, steps(4, 1)),
          { name: 'read_file', input: { path: 'src/greet.js' } },
          { name: 'read_file', input: { path: 'src/math.js' } },
          { name: 'read_file', input: { path: 'src/server.js' } },
        ],
      },
      { tools: [todo(REVIEW_ITEMS, steps(4, 2)), { name: 'bash', input: { command: 'node --test tests/ 2>&1 | tail -n 8' } }] },
      (req) => ({ tools: [todo(REVIEW_ITEMS, steps(4, 3)), { name: 'write_file', input: { path: 'REVIEW.md', content: review(req) } }] }),
      { tools: [todo(REVIEW_ITEMS, steps(4, 4))] },
      {
        text: [
          'Review done, written to REVIEW.md. In short:',
          '- **bugs**: an unknown language greets with `undefined`, a missing name with `null`, and `/add` answers `NaN` for non-numbers;',
          '- **risks**: the hard-coded port, no input checks in `math.js`;',
          '- **tests**: the functions are tested, the HTTP routes are not.',
        ].join('\n'),
      },
    ],
  },
];

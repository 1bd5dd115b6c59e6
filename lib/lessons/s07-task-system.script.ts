// What the scripted model says for s07's example prompts. It checks the board before adding to it (the
// workspace starts with "read config" already completed in an earlier session), records the report's
// dependencies, and completes "parse args" to show the report being unblocked. Every step reads the real
// tool results, so the ids and the answers match the board as it is.
import type { Script, ScriptRequest, ScriptTurn } from '../agent/script';
import { toolOutputs } from './script-reading';

const CREATE = 'Create tasks to build a small CLI: parse args, read config, print a report; the report depends on the other two.';
const COMPLETE = 'Complete the "parse args" task and show which tasks are now unblocked.';
const LIST = 'List all tasks and their status.';

const PARSE = 'parse args';
const CONFIG = 'read config';
const REPORT = 'print a report';
const DESCRIPTIONS: Record<string, string> = {
  [PARSE]: 'Parse --config and --format from the command line; print usage on bad flags.',
  [CONFIG]: 'Load settings from config.json, with defaults for anything missing.',
  [REPORT]: 'Print the summary report in the chosen format.',
};

interface Line { id: number; done: boolean; subject: string; blockedBy: string }

/** Tasks as the tools print them: "[x] #1 read config @lead (blocked by #2)". */
function parseBoard(text: string): Line[] {
  return [...text.matchAll(/\[(.)\] #(\d+) (.+?)(?: @\S+)?(?: \(blocked by ([^)]*)\))?$/gm)].map((m) => ({
    id: Number(m[2]), done: m[1] === 'x', subject: m[3], blockedBy: m[4] ?? '',
  }));
}

/** Everything the conversation has seen of the board: the first listing plus what was created since. */
function knownTasks(req: ScriptRequest): Map<string, Line> {
  const known = new Map<string, Line>();
  const seen = [toolOutputs(req, 'task_list')[0] ?? '', ...toolOutputs(req, 'task_create'), ...toolOutputs(req, 'task_update')];
  for (const line of seen.flatMap(parseBoard)) known.set(line.subject, line);
  return known;
}

const create = (subject: string, blockedBy?: number[]) => ({
  name: 'task_create', input: { subject, description: DESCRIPTIONS[subject], ...(blockedBy ? { blockedBy } : {}) },
});

/** Bring the board to the plan of the first example; null once it is there. */
function planStep(req: ScriptRequest): ScriptTurn | null {
  if (toolOutputs(req, 'task_list').length === 0) {
    return { text: 'First, what is already on the board?', tools: [{ name: 'task_list', input: {} }] };
  }
  const known = knownTasks(req);
  const missing = [PARSE, CONFIG].filter((s) => !known.has(s));
  if (missing.length > 0) {
    const present = [PARSE, CONFIG].filter((s) => known.has(s)).map((s) => `"${s}" (#${known.get(s)!.id}${known.get(s)!.done ? ', completed' : ''})`);
    return {
      text: present.length
        ? `${present.join(' and ')} ${present.length > 1 ? 'are' : 'is'} already on the board from an earlier session, so I only add ${missing.map((s) => `"${s}"`).join(' and ')}.`
        : undefined,
      tools: missing.map((s) => create(s)),
    };
  }
  if (!known.has(REPORT)) {
    const blockers = [known.get(PARSE)!.id, known.get(CONFIG)!.id];
    return { text: `Now the report, blocked by #${blockers.join(' and #')}.`, tools: [create(REPORT, blockers)] };
  }
  return null;
}

function explain(board: Line[]): string {
  const blocked = board.filter((t) => !t.done && t.blockedBy);
  const ready = board.filter((t) => !t.done && !t.blockedBy);
  return [
    ...blocked.map((t) => `#${t.id} ${t.subject} waits for ${t.blockedBy}.`),
    ready.length ? `Ready to start: ${ready.map((t) => `#${t.id} ${t.subject}`).join(', ')}.` : 'Nothing is ready to start.',
  ].join(' ');
}

export const scripts: Script[] = [
  {
    prompt: CREATE,
    turns: Array(8).fill((req: ScriptRequest): ScriptTurn => {
      const step = planStep(req);
      if (step) return step;
      const lists = toolOutputs(req, 'task_list');
      if (lists.length < 2) return { tools: [{ name: 'task_list', input: {} }] };
      const board = lists.at(-1)!;
      return {
        text: [
          'The board now (one JSON file per task in .tasks/):', '', ...board.split('\n').map((l) => `    ${l}`), '',
          explain(parseBoard(board)),
        ].join('\n'),
      };
    }),
  },
  {
    prompt: COMPLETE,
    turns: Array(8).fill((req: ScriptRequest): ScriptTurn => {
      const step = planStep(req);
      if (step) return step;
      const [update] = toolOutputs(req, 'task_update');
      const parse = knownTasks(req).get(PARSE)!;
      if (update === undefined) {
        return { text: `Completing #${parse.id} ${PARSE}.`, tools: [{ name: 'task_update', input: { id: parse.id, status: 'completed' } }] };
      }
      const unblocked = /Now unblocked: (.+)$/m.exec(update)?.[1];
      const report = knownTasks(req).get(REPORT);
      return {
        text: unblocked
          ? `#${parse.id} ${PARSE} is completed, and that unblocked: ${unblocked}. The board took #${parse.id} out of the blockedBy of the tasks waiting on it; nothing else holds them, so they can start now.`
          : `#${parse.id} ${PARSE} is completed, but nothing is unblocked yet${report ? `: #${report.id} ${REPORT} still waits for ${report.blockedBy || 'another task'}` : ''}.`,
      };
    }),
  },
  {
    prompt: LIST,
    turns: [
      { tools: [{ name: 'task_list', input: {} }] },
      (req) => {
        const text = req.lastToolResults[0] ?? '';
        const board = parseBoard(text);
        if (board.length === 0) return { text: 'The board is empty: no tasks yet.' };
        const done = board.filter((t) => t.done).length;
        return {
          text: [
            `${board.length} task${board.length === 1 ? '' : 's'}, ${done} completed:`, '', ...text.split('\n').map((l) => `    ${l}`), '',
            '`[x]` completed, `[>]` in progress, `[ ]` pending. ' + explain(board),
          ].join('\n'),
        };
      },
    ],
  },
];

// What the scripted model says for s11's examples. The lead puts tasks on the board and spawns workers;
// every worker runs the same reactive script: whatever just happened (a task handed over by the idle poll,
// a claim won or lost, a file written, a shutdown request) decides its next move. Who gets which task is
// decided by the real race for the board, not by the script.
import type { Script, ScriptRequest, ScriptTurn } from '../agent/script';
import { allMail, lastUserText, previousTools, reactive, requestIdIn } from './team-script-helpers';

const DOCS = 'Create 3 tasks on the board and spawn two teammates to work through them autonomously.';
const IDLE = 'Spawn a teammate with nothing to do and watch it go idle, then shut down.';
const ORDER = 'Create a task that depends on another and let the team finish both in order.';

const WORKER =
  'You are an autonomous worker. Take tasks from the board, do them, mark them completed and report to the lead. ' +
  'When there is nothing left, go idle.';
const IDLER = 'You have no task yet. Look at the board, and go idle if there is nothing for you.';

/** What a worker writes for each task, by the path in the task's subject ("Write <path>"). */
const FILES: Record<string, string> = {
  'docs/intro.md': '# hello-service\n\nA tiny HTTP service that greets people in a few languages and does a little arithmetic.\n',
  'docs/usage.md':
    '# Usage\n\n    npm start\n    curl "localhost:8080/greet?name=Ada&lang=fr"   # Bonjour, Ada!\n    curl "localhost:8080/add?a=2&b=3"              # 5\n',
  'docs/faq.md':
    '# FAQ\n\n**Which languages?** en, fr, es and ja (GET /languages).\n\n**Which port?** 8080.\n\n**How do I run the tests?** `npm test`.\n',
  'src/config.js': "export const config = { name: 'hello-service', port: 8080 };\n",
  'src/report.js':
    "import { config } from './config.js';\n\nexport function report() {\n  return `${config.name} listens on port ${config.port}`;\n}\n",
};

const IDLE_CALL = { name: 'idle', input: {} };

// #region worker-script
function worker(req: ScriptRequest): ScriptTurn {
  const me = req.system.match(/You are '([\w-]+)'/)?.[1] ?? '';
  const text = lastUserText(req);
  const shutdownId = requestIdIn(text, 'shutdown_request');
  if (shutdownId) {
    return { tools: [{ name: 'shutdown_response', input: { request_id: shutdownId, approve: true, reason: 'No task in progress.' } }] };
  }
  const handed = text.match(/<auto-claimed>Task #(\d+): ([^\n<]+)/);
  if (handed) return work(Number(handed[1]), handed[2], 'The board handed me a task.');

  const last = previousTools(req);
  const result = req.lastToolResults[0] ?? '';
  if (last.includes('task_list')) {
    const mine = result.match(new RegExp(`^\\[>\\] #(\\d+) (.+) @${me}$`, 'm'));
    if (mine) return work(Number(mine[1]), mine[2], 'This task is mine and still in progress: I finish it.');
    const free = result.split('\n').map((l) => l.match(/^\[ \] #(\d+) (.+)$/)).find((m) => m && !/ @\S+$| \(blocked by /.test(m[2]));
    if (free) return { text: `Task #${free[1]} is free; I claim it.`, tools: [{ name: 'claim_task', input: { task_id: Number(free[1]) } }] };
    return { text: 'Nothing I can take right now, so I go idle.', tools: [IDLE_CALL] };
  }
  if (last.includes('claim_task')) {
    const won = result.match(/^Claimed task #(\d+): (.+?)\. Do it/);
    if (won) return work(Number(won[1]), won[2], 'Claimed.');
    return { text: `Another teammate was faster (${result.replace(/^Error: /, '')}). I go idle; the board will hand me the next free task.`, tools: [IDLE_CALL] };
  }
  if (last.includes('write_file')) {
    const id = Number(lastAssistantText(req).match(/task #(\d+)/)?.[1]);
    return { tools: [{ name: 'task_update', input: { id, status: 'completed' } }] };
  }
  if (last.includes('task_update')) {
    const [head, unblocked] = result.split('\n');
    const task = head.match(/#(\d+) (.+?) @/);
    const note = unblocked ? ` ${unblocked}.` : '';
    return { tools: [{ name: 'send_message', input: { to: 'lead', content: `Finished task #${task?.[1]}: ${task?.[2]}.${note}` } }] };
  }
  if (last.includes('send_message')) return { text: 'Reported. I go idle until the board has more for me.', tools: [IDLE_CALL] };
  if (last.includes('idle')) return { text: 'Nothing for me there; back to idle.', tools: [IDLE_CALL] };
  return { text: 'Let me look at the board.', tools: [{ name: 'task_list', input: {} }] };
}
// #endregion

function work(id: number, subject: string, why: string): ScriptTurn {
  const path = subject.replace(/^Write /, '').trim();
  const content = FILES[path] ?? `${subject}\n`;
  return { text: `${why} Working on task #${id}: ${subject}.`, tools: [{ name: 'write_file', input: { path, content } }] };
}

function lastAssistantText(req: ScriptRequest): string {
  const last = [...req.messages].reverse().find((m) => m.role === 'assistant');
  if (!last) return '';
  return typeof last.content === 'string' ? last.content : last.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
}

const reports = (req: ScriptRequest) => allMail(req).filter((m) => m.type === 'message').map((m) => `- ${m.from}: ${m.content}`).join('\n');

export const scripts: Script[] = [
  {
    prompt: DOCS,
    turns: [
      {
        text: 'Three independent tasks on the board first.',
        tools: [
          { name: 'task_create', input: { subject: 'Write docs/intro.md', description: 'What hello-service is, in one or two sentences.' } },
          { name: 'task_create', input: { subject: 'Write docs/usage.md', description: 'How to start it and call /greet and /add.' } },
          { name: 'task_create', input: { subject: 'Write docs/faq.md', description: 'Three short questions and answers.' } },
        ],
      },
      {
        text: 'Now two teammates. Nobody assigns them anything: they take tasks from the board.',
        tools: [
          { name: 'spawn_teammate', input: { name: 'ann', role: 'writer', prompt: WORKER } },
          { name: 'spawn_teammate', input: { name: 'ben', role: 'writer', prompt: WORKER } },
        ],
      },
      { text: 'They claim and finish the tasks on their own. I end my turn and wait until both have shut down.' },
      (req) => ({ text: `Their reports:\n\n${reports(req)}\n\nThe board now:`, tools: [{ name: 'task_list', input: {} }] }),
      (req) => ({ text: `All three tasks are done, each claimed by exactly one teammate:\n\n${req.lastToolResults[0] ?? ''}` }),
    ],
  },
  { prompt: WORKER, turns: reactive(worker), afterCompact: reactive(worker) },
  {
    prompt: IDLE,
    turns: [
      { tools: [{ name: 'spawn_teammate', input: { name: 'zoe', role: 'helper', prompt: IDLER } }] },
      {
        text:
          'Zoe finds nothing on the board, so she goes idle: she polls the board and her inbox, and shuts down after ' +
          'the idle timeout. I wait for that.',
      },
      { tools: [{ name: 'list_teammates', input: {} }] },
      (req) => ({ text: `Zoe went idle and then shut down on her own. Her last word:\n\n${reports(req)}\n\nThe roster: ${req.lastToolResults[0] ?? ''}` }),
    ],
  },
  { prompt: IDLER, turns: reactive(worker), afterCompact: reactive(worker) },
  {
    prompt: ORDER,
    turns: [
      {
        text: 'Two tasks, the second blocked by the first, so it cannot be claimed before the first is completed.',
        tools: [
          { name: 'task_create', input: { subject: 'Write src/config.js', description: 'Export config = { name, port } for the service.' } },
          { name: 'task_create', input: { subject: 'Write src/report.js', description: 'Export report(), built on src/config.js.', blockedBy: [1] } },
        ],
      },
      {
        tools: [
          { name: 'spawn_teammate', input: { name: 'ann', role: 'coder', prompt: WORKER } },
          { name: 'spawn_teammate', input: { name: 'ben', role: 'coder', prompt: WORKER } },
        ],
      },
      { text: 'Only task #1 is claimable now; #2 becomes claimable when #1 is completed. I wait until the team is done.' },
      (req) => ({
        text: `Reports:\n\n${reports(req)}\n\nLet me check the board and run the result.`,
        tools: [
          { name: 'task_list', input: {} },
          { name: 'bash', input: { command: `node --input-type=module -e "import { report } from './src/report.js'; console.log(report())"` } },
        ],
      }),
      (req) => ({
        text: `Both tasks are done, in order (#2 could only be claimed after #1 was completed):\n\n${req.lastToolResults[0] ?? ''}\n\nsrc/report.js works: ${req.lastToolResults[1]?.trim() ?? ''}`,
      }),
    ],
  },
];

// The 11 lessons as data. Pure: safe to import from client and server alike.
// Titles, mottos and summaries are per-locale strings in messages/*.json (lessons.<id>.*).

export const LESSON_IDS = ['s01', 's02', 's03', 's04', 's05', 's06', 's07', 's08', 's09', 's10', 's11'] as const;
export type LessonId = (typeof LESSON_IDS)[number];

/** The five layers the course groups its lessons by (names are in messages: layers.<id>). */
export const LAYERS = ['core', 'planning', 'memory', 'concurrency', 'collaboration'] as const;
export type Layer = (typeof LAYERS)[number];

export interface Lesson {
  id: LessonId;
  slug: string;
  layer: Layer;
  /** Tools the model gets in this lesson's own agent, in the order they are offered. */
  tools: readonly string[];
  /** Example prompts; each one has a scripted run so it works offline. */
  examples: readonly string[];
}

const BASE = ['bash', 'read_file', 'write_file', 'edit_file'] as const;
const TEAM = [...BASE, 'spawn_teammate', 'list_teammates', 'send_message', 'read_inbox', 'broadcast'] as const;
const PROTOCOLS = [...TEAM, 'shutdown_request', 'shutdown_response', 'plan_approval', 'plan_review'] as const;

export const LESSONS: readonly Lesson[] = [
  {
    id: 's01', slug: 'agent-loop', layer: 'core', tools: ['bash'],
    examples: [
      'List the files in this project and tell me what it does.',
      'How many lines of TypeScript are in src/?',
      'Create hello.txt containing "hello, agent" and show it.',
    ],
  },
  {
    id: 's02', slug: 'tool-use', layer: 'core', tools: BASE,
    examples: [
      'Read package.json and tell me the project name.',
      'Add a farewell function to src/greet.js next to greet.',
      'Try to read ../../etc/passwd.',
    ],
  },
  {
    id: 's03', slug: 'todo-write', layer: 'planning', tools: [...BASE, 'todo'],
    examples: [
      'Plan and add a README, a LICENSE note and a CHANGELOG to this project.',
      'Refactor src/math.js: split add and multiply into their own files.',
      'Make a todo list for reviewing this project, then do it.',
    ],
  },
  {
    id: 's04', slug: 'subagent', layer: 'planning', tools: [...BASE, 'task'],
    examples: [
      'Use a subagent to find which files mention "TODO", then summarise.',
      'Delegate counting the lines of every file in src/ to a subagent.',
      'Ask a subagent to read the tests and tell you what is covered.',
    ],
  },
  {
    id: 's05', slug: 'skill-loading', layer: 'planning', tools: [...BASE, 'load_skill'],
    examples: [
      'Review src/server.js using the code-review skill.',
      'Write a commit message for the changes in this project using the right skill.',
      'Load the pdf skill.',
    ],
  },
  {
    id: 's06', slug: 'context-compact', layer: 'memory', tools: [...BASE, 'compact'],
    examples: [
      'Read every file in src/ one by one and summarise the project.',
      'Read notes.md, then compact the conversation and tell me what you remember.',
      'Inspect each log file in logs/ and report the errors.',
    ],
  },
  {
    id: 's07', slug: 'task-system', layer: 'planning',
    tools: [...BASE, 'task_create', 'task_update', 'task_list', 'task_get'],
    examples: [
      'Create tasks to build a small CLI: parse args, read config, print a report; the report depends on the other two.',
      'Complete the "parse args" task and show which tasks are now unblocked.',
      'List all tasks and their status.',
    ],
  },
  {
    id: 's08', slug: 'background-tasks', layer: 'concurrency',
    tools: [...BASE, 'background_run', 'check_background'],
    examples: [
      'Start 3 background tasks: sleep 2, sleep 4, sleep 6. Check their status.',
      'Run the test suite in the background and meanwhile write a summary of src/.',
      'Run a command that fails in the background and tell me what happened.',
    ],
  },
  {
    id: 's09', slug: 'agent-teams', layer: 'collaboration', tools: TEAM,
    examples: [
      'Spawn alice (coder) and bob (tester); have alice write add.js and bob test it.',
      'Spawn a teammate to write a haiku, then read your inbox.',
      'Broadcast "standup in 5" to a team of two.',
    ],
  },
  {
    id: 's10', slug: 'team-protocols', layer: 'collaboration', tools: PROTOCOLS,
    examples: [
      'Spawn alice, have her submit a plan for a login page, review and approve it.',
      'Spawn bob, then ask him to shut down gracefully.',
      'Spawn carol, reject her plan and tell her why.',
    ],
  },
  {
    id: 's11', slug: 'autonomous-agents', layer: 'collaboration',
    tools: [...PROTOCOLS, 'idle', 'claim_task', 'task_create', 'task_list', 'task_update'],
    examples: [
      'Create 3 tasks on the board and spawn two teammates to work through them autonomously.',
      'Spawn a teammate with nothing to do and watch it go idle, then shut down.',
      'Create a task that depends on another and let the team finish both in order.',
    ],
  },
];

export function isLessonId(value: string): value is LessonId {
  return (LESSON_IDS as readonly string[]).includes(value);
}

export function getLesson(id: LessonId): Lesson {
  const lesson = LESSONS.find((l) => l.id === id);
  if (!lesson) throw new Error(`unknown lesson ${id}`);
  return lesson;
}

export function previousLesson(id: LessonId): Lesson | undefined {
  const i = LESSON_IDS.indexOf(id);
  return i > 0 ? LESSONS[i - 1] : undefined;
}

export function nextLesson(id: LessonId): Lesson | undefined {
  const i = LESSON_IDS.indexOf(id);
  return i < LESSONS.length - 1 ? LESSONS[i + 1] : undefined;
}

/** What the model gains and loses compared with the previous lesson (computed, never written by hand). */
export function toolDiff(id: LessonId): { added: string[]; removed: string[] } {
  const current = getLesson(id).tools;
  const prev = previousLesson(id)?.tools ?? [];
  return {
    added: current.filter((t) => !prev.includes(t)),
    removed: prev.filter((t) => !current.includes(t)),
  };
}

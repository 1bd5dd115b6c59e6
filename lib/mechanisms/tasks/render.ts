// How the board reads to the model (and in the CLI's /tasks): one line per task.
import type { TaskRecord } from '../../timeline/events';

const MARKS = { pending: '[ ]', in_progress: '[>]', completed: '[x]' } as const;

export function renderTask(task: TaskRecord): string {
  const owner = task.owner ? ` @${task.owner}` : '';
  const blocked = task.blockedBy.length ? ` (blocked by ${task.blockedBy.map((id) => `#${id}`).join(', ')})` : '';
  return `${MARKS[task.status]} #${task.id} ${task.subject}${owner}${blocked}`;
}

export function renderBoard(tasks: readonly TaskRecord[]): string {
  return tasks.length ? tasks.map(renderTask).join('\n') : 'No tasks.';
}

// s07: the four task tools. They check what the model sent, ask the board, and emit what changed.
import { ToolError, type Tool, type ToolContext } from '../../agent/types';
import type { TaskRecord } from '../../timeline/events';
import { parseStatus } from './board-rules';
import { renderBoard, renderTask } from './render';
import type { BoardChange, TaskBoard, TaskChanges } from './task-board';

const idList = { type: 'array', items: { type: 'integer' } };

export function createTaskTools(board: TaskBoard): Tool[] {
  return [
    {
      name: 'task_create',
      description: 'Create a task on the persistent task board. blockedBy: ids of tasks that must be completed first.',
      input_schema: {
        type: 'object',
        properties: { subject: { type: 'string' }, description: { type: 'string' }, blockedBy: idList },
        required: ['subject'],
      },
      async run(input, ctx) {
        const subject = text(input.subject, 'subject');
        const description = input.description === undefined ? undefined : text(input.description, 'description', true);
        const blockedBy = ids(input.blockedBy, 'blockedBy') ?? [];
        const change = await board.create({ subject, description, blockedBy });
        ctx.sink.emit({ type: 'task.created', actor: ctx.actor, task: change.task });
        emitOthers(change, ctx);
        const finished = blockedBy.filter((id) => !change.task.blockedBy.includes(id));
        const note = finished.length ? `\n${finished.map((id) => `#${id}`).join(', ')} already completed, so it does not block` : '';
        return `Created ${renderTask(change.task)}${note}`;
      },
    },
    {
      name: 'task_update',
      description:
        'Update a task: status (pending | in_progress | completed), owner, or its dependencies (addBlockedBy, addBlocks, ' +
        'removeBlockedBy). Completing a task unblocks the tasks waiting on it. Starting an unowned task makes you ' +
        'its owner; a task owned by someone else stays theirs.',
      input_schema: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          status: { type: 'string', enum: ['pending', 'in_progress', 'completed'] },
          owner: { type: 'string', description: 'who works on it; an empty string clears it' },
          addBlockedBy: idList, addBlocks: idList, removeBlockedBy: idList,
        },
        required: ['id'],
      },
      async run(input, ctx) {
        const changes: TaskChanges = {
          status: input.status === undefined ? undefined : parseStatus(input.status),
          owner: input.owner === undefined ? undefined : text(input.owner, 'owner', true) || null,
          addBlockedBy: ids(input.addBlockedBy, 'addBlockedBy'),
          addBlocks: ids(input.addBlocks, 'addBlocks'),
          removeBlockedBy: ids(input.removeBlockedBy, 'removeBlockedBy'),
          by: ownerName(ctx.actor),
        };
        const change = await board.update(taskId(input.id, 'id'), changes);
        ctx.sink.emit({ type: 'task.updated', actor: ctx.actor, task: change.task, unblocked: change.unblocked });
        emitOthers(change, ctx);
        return `Updated ${renderTask(change.task)}${unblockedNote(change)}`;
      },
    },
    {
      name: 'task_list',
      description: 'List every task on the board with its status, owner and blockers.',
      input_schema: { type: 'object', properties: {} },
      async run() {
        return renderBoard(await board.list());
      },
    },
    {
      name: 'task_get',
      description: 'Get one task in full (description, blockedBy, blocks) as JSON.',
      input_schema: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
      async run(input) {
        return JSON.stringify(await board.get(taskId(input.id, 'id')), null, 2);
      },
    },
  ];
}

/** The name a task is owned by: a teammate's own name; the lead (and its subagents) as "lead". */
function ownerName(actor: ToolContext['actor']): string {
  return actor.startsWith('mate:') ? actor.slice('mate:'.length) : 'lead';
}

function emitOthers(change: BoardChange, ctx: ToolContext): void {
  for (const task of change.others) ctx.sink.emit({ type: 'task.updated', actor: ctx.actor, task, unblocked: [] });
}

function unblockedNote({ unblocked, others }: BoardChange): string {
  if (unblocked.length === 0) return '';
  const byId = new Map<number, TaskRecord>(others.map((t) => [t.id, t]));
  return `\nNow unblocked: ${unblocked.map((id) => `#${id} ${byId.get(id)?.subject ?? ''}`.trim()).join(', ')}`;
}

function text(value: unknown, field: string, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
    throw new ToolError(`"${field}" must be a ${allowEmpty ? '' : 'non-empty '}string`);
  }
  return value.trim();
}

function taskId(value: unknown, field: string): number {
  const id = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (!Number.isInteger(id) || (id as number) < 1) throw new ToolError(`"${field}" must be a task id (a positive integer), got ${JSON.stringify(value)}`);
  return id as number;
}

function ids(value: unknown, field: string): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new ToolError(`"${field}" must be an array of task ids`);
  return value.map((v) => taskId(v, field));
}

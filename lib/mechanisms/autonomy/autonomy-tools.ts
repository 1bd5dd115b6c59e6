// s11: the two tools an autonomous teammate gets on top of s10's: claim a task, or say it has nothing to do.
import { ToolError, type Tool } from '../../agent/types';
import type { TaskBoard } from '../tasks/task-board';
import type { Teammate } from '../team/teammate-manager';

export function createClaimTool(board: TaskBoard, mate: Teammate): Tool {
  return {
    name: 'claim_task',
    description: 'Claim a pending, unowned, unblocked task from the board by id; it becomes yours and in_progress.',
    input_schema: { type: 'object', properties: { task_id: { type: 'integer' } }, required: ['task_id'] },
    async run(input, ctx) {
      const id = typeof input.task_id === 'string' ? Number(input.task_id) : input.task_id;
      if (!Number.isInteger(id)) throw new ToolError(`"task_id" must be a task id (an integer), got ${JSON.stringify(input.task_id)}`);
      const task = await board.claim(id as number, mate.name);
      ctx.sink.emit({ type: 'task.claimed', actor: ctx.actor, taskId: task.id, owner: mate.name });
      return `Claimed task #${task.id}: ${task.subject}. Do it, then mark it completed with task_update.`;
    },
  };
}

export function createIdleTool(mate: Teammate): Tool {
  return {
    name: 'idle',
    description:
      'Say you have nothing left to do. You stop until mail arrives or the board has a task for you (claimed for ' +
      'you automatically); after a while with neither you shut down.',
    input_schema: { type: 'object', properties: {} },
    async run() {
      // An approved shutdown in the same turn wins: going idle must not bring the teammate back.
      if (mate.exit === 'shutdown') return 'You already approved your shutdown: you stop after this turn.';
      mate.exit = 'idle';
      return 'Going idle.';
    },
  };
}

// s07: the rules of the task board, as pure changes to an in-memory copy of it. The TaskBoard loads the
// copy under a lock, applies these, and writes back what changed.
import { ToolError } from '../../agent/types';
import type { TaskRecord, TaskStatus } from '../../timeline/events';

export type Board = Map<number, TaskRecord>;
export const TASK_STATUSES: readonly TaskStatus[] = ['pending', 'in_progress', 'completed'];

export function mustGet(board: Board, id: unknown): TaskRecord {
  const task = Number.isInteger(id) ? board.get(id as number) : undefined;
  if (task) return task;
  const known = [...board.keys()].sort((a, b) => a - b);
  throw new ToolError(
    `task ${JSON.stringify(id)} not found; ${known.length ? `existing task ids: ${known.join(', ')}` : 'the board is empty'}`,
  );
}

export function parseStatus(value: unknown): TaskStatus {
  if (TASK_STATUSES.includes(value as TaskStatus)) return value as TaskStatus;
  throw new ToolError(`status must be one of ${TASK_STATUSES.join(', ')}, got ${JSON.stringify(value)}`);
}

// #region task-board
/** `dependant` cannot start until `blocker` is completed. Both sides record the edge. */
export function link(board: Board, blockerId: unknown, dependantId: unknown): void {
  const blocker = mustGet(board, blockerId);
  const dependant = mustGet(board, dependantId);
  if (blocker.id === dependant.id) throw new ToolError(`task ${blocker.id} cannot block itself`);
  if (dependant.status === 'completed') throw new ToolError(`task ${dependant.id} is already completed; it cannot gain a blocker`);
  // Work already under way cannot be stopped by a blocker: its owner would hold a task nobody may finish.
  if (dependant.status === 'in_progress' && blocker.status !== 'completed') {
    throw new ToolError(
      `task ${dependant.id} is in progress (owned by ${dependant.owner ?? 'nobody'}); it cannot be blocked by task ${blocker.id}, which is not completed`,
    );
  }
  const cycle = pathAlongBlocks(board, dependant.id, blocker.id);
  if (cycle) {
    throw new ToolError(
      `task ${blocker.id} cannot block task ${dependant.id}: that would make a cycle (${[...cycle, dependant.id].join(' → ')})`,
    );
  }
  if (!blocker.blocks.includes(dependant.id)) blocker.blocks.push(dependant.id);
  // A finished blocker no longer holds anything up; blockedBy lists only what is still open.
  if (blocker.status !== 'completed' && !dependant.blockedBy.includes(blocker.id)) dependant.blockedBy.push(blocker.id);
}

export function unlink(board: Board, blockerId: unknown, dependantId: unknown): void {
  const blocker = mustGet(board, blockerId);
  const dependant = mustGet(board, dependantId);
  if (!blocker.blocks.includes(dependant.id) && !dependant.blockedBy.includes(blocker.id)) {
    throw new ToolError(`task ${dependant.id} is not blocked by task ${blocker.id}`);
  }
  blocker.blocks = blocker.blocks.filter((id) => id !== dependant.id);
  dependant.blockedBy = dependant.blockedBy.filter((id) => id !== blocker.id);
}

/** The path from `from` to `to` following "blocks" edges, if there is one. */
function pathAlongBlocks(board: Board, from: number, to: number): number[] | null {
  const seen = new Set<number>();
  const walk = (id: number): number[] | null => {
    if (id === to) return [id];
    if (seen.has(id)) return null;
    seen.add(id);
    for (const next of board.get(id)?.blocks ?? []) {
      const rest = walk(next);
      if (rest) return [id, ...rest];
    }
    return null;
  };
  return walk(from);
}
// #endregion

export function setStatus(board: Board, task: TaskRecord, status: TaskStatus): number[] {
  if (task.status === status) return [];
  if (task.status === 'completed') throw new ToolError(`task ${task.id} is completed; completed tasks cannot be reopened (create a new task)`);
  if (status !== 'pending' && task.blockedBy.length > 0) {
    throw new ToolError(
      `task ${task.id} cannot be ${status === 'completed' ? 'completed' : 'started'}: it is blocked by ${task.blockedBy.map((id) => `task ${id}`).join(', ')}; complete those first`,
    );
  }
  task.status = status;
  return status === 'completed' ? completeAndUnblock(board, task) : [];
}

/** A task changes hands only once its owner gives it up (owner ""): an update never takes it from them. */
export function setOwner(task: TaskRecord, owner: string | null): void {
  if (owner !== null && task.owner !== null && owner !== task.owner) {
    throw new ToolError(`task ${task.id} is owned by ${task.owner}; it cannot be given to ${owner} unless ${task.owner} gives it up first`);
  }
  task.owner = owner;
}

/** A task in progress has an owner: unowned, it could be neither claimed nor finished by anyone. */
export function checkOwned(task: TaskRecord): void {
  if (task.status === 'in_progress' && task.owner === null) {
    throw new ToolError(`task ${task.id} cannot be in_progress without an owner; give it an owner, or set its status to pending`);
  }
}

// #region unblock
/** Completing a task takes it out of every dependant's blockedBy; returns the ones now free to start. */
function completeAndUnblock(board: Board, done: TaskRecord): number[] {
  const unblocked: number[] = [];
  for (const id of done.blocks) {
    const dependant = board.get(id);
    if (!dependant?.blockedBy.includes(done.id)) continue;
    dependant.blockedBy = dependant.blockedBy.filter((b) => b !== done.id);
    if (dependant.blockedBy.length === 0 && dependant.status !== 'completed') unblocked.push(id);
  }
  return unblocked;
}
// #endregion

/** Pending, nobody owns it, nothing blocks it: a teammate may take it. */
export function isClaimable(task: TaskRecord): boolean {
  return task.status === 'pending' && task.owner === null && task.blockedBy.length === 0;
}

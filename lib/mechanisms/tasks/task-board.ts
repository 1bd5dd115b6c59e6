// s07: the task board. Every change happens under the directory lock on a fresh read from disk, so several
// agents (or processes) sharing one `.tasks/` never lose each other's updates.
import { ToolError } from '../../agent/types';
import type { TaskRecord, TaskStatus } from '../../timeline/events';
import { type Board, checkOwned, isClaimable, link, mustGet, setOwner, setStatus, unlink } from './board-rules';
import { withDirLock } from './file-lock';
import { readAllTasks, readAllTasksSync, writeTask } from './task-store';

export interface NewTask { subject: string; description?: string; blockedBy?: number[] }
export interface TaskChanges {
  status?: TaskStatus;
  /** A name takes the task; null gives it up. */
  owner?: string | null;
  addBlockedBy?: number[];
  addBlocks?: number[];
  removeBlockedBy?: number[];
  /** Who asks: starting an unowned task takes it for them, as claiming would. */
  by?: string;
}
/** The task asked about, the other tasks the change touched, and the tasks it unblocked. */
export interface BoardChange { task: TaskRecord; others: TaskRecord[]; unblocked: number[] }

export class TaskBoard {
  /** `dir` is the board's directory, usually `<workspace>/.tasks`. */
  constructor(readonly dir: string) {}

  async list(): Promise<TaskRecord[]> {
    const board = await readAllTasks(this.dir);
    return [...board.values()].sort((a, b) => a.id - b.id);
  }

  /** The board as it is on disk right now, read synchronously (for the REPL's /tasks). */
  snapshot(): TaskRecord[] {
    return [...readAllTasksSync(this.dir).values()].sort((a, b) => a.id - b.id);
  }

  async get(id: number): Promise<TaskRecord> {
    return mustGet(await readAllTasks(this.dir), id);
  }

  create(input: NewTask): Promise<BoardChange> {
    return this.change((board) => {
      const id = Math.max(0, ...board.keys()) + 1;
      board.set(id, {
        id, subject: input.subject, description: input.description ?? '', status: 'pending', owner: null, blockedBy: [], blocks: [],
      });
      try {
        for (const blocker of input.blockedBy ?? []) link(board, blocker, id);
      } catch (err) {
        board.delete(id);
        throw err;
      }
      return { id, unblocked: [] };
    });
  }

  update(id: number, changes: TaskChanges): Promise<BoardChange> {
    return this.change((board) => {
      const task = mustGet(board, id);
      for (const blocker of changes.removeBlockedBy ?? []) unlink(board, blocker, id);
      for (const blocker of changes.addBlockedBy ?? []) link(board, blocker, id);
      for (const dependant of changes.addBlocks ?? []) link(board, id, dependant);
      if (changes.owner !== undefined) setOwner(task, changes.owner);
      if (changes.status === 'in_progress' && task.owner === null && changes.by) task.owner = changes.by;
      const unblocked = changes.status ? setStatus(board, task, changes.status) : [];
      checkOwned(task);
      return { id, unblocked };
    });
  }

  // #region claim
  /** Take a task for `owner`: only a pending, unowned, unblocked one. Atomic across processes. */
  async claim(id: number, owner: string): Promise<TaskRecord> {
    const { task } = await this.change((board) => {
      const task = mustGet(board, id);
      if (task.owner !== null) throw new ToolError(`task ${id} is already owned by ${task.owner}`);
      if (task.status !== 'pending') throw new ToolError(`task ${id} is ${task.status}, only pending tasks can be claimed`);
      if (task.blockedBy.length > 0) throw new ToolError(`task ${id} is blocked by ${task.blockedBy.map((b) => `task ${b}`).join(', ')}`);
      task.owner = owner;
      task.status = 'in_progress';
      return { id, unblocked: [] };
    });
    return task;
  }
  // #endregion

  /** Tasks a teammate could claim right now, lowest id first. */
  async findClaimable(): Promise<TaskRecord[]> {
    return (await this.list()).filter(isClaimable);
  }

  private change(apply: (board: Board) => { id: number; unblocked: number[] }): Promise<BoardChange> {
    return withDirLock(this.dir, async () => {
      const board = await readAllTasks(this.dir);
      const before = new Map([...board].map(([id, t]) => [id, JSON.stringify(t)]));
      const working: Board = new Map([...board].map(([id, t]) => [id, structuredClone(t)]));
      const { id, unblocked } = apply(working);
      const touched = [...working.values()].filter((t) => before.get(t.id) !== JSON.stringify(t));
      for (const t of touched) await writeTask(this.dir, t);
      return { task: working.get(id)!, others: touched.filter((t) => t.id !== id), unblocked };
    });
  }
}

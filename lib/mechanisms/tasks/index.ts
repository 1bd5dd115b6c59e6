// s07 task board. For the s11 autonomy mechanism and anyone else sharing a board:
//
//   const board = new TaskBoard(join(workspace.root, '.tasks'));
//   await board.findClaimable();          // pending, unowned, unblocked tasks, lowest id first
//   await board.claim(id, 'alice');       // → the task (owner set, in_progress), or throws ToolError saying why
//
// claim() is atomic: concurrent claimers in this process and in other processes are serialised by a
// lock file in the board's directory, and exactly one of them gets the task. The board emits no events
// itself: callers emit (the s07 tools emit task.created/task.updated; a claimer emits task.claimed).
export { TaskBoard, type BoardChange, type NewTask, type TaskChanges } from './task-board';
export { createTaskTools } from './task-tools';
export { renderBoard, renderTask } from './render';
export { isClaimable } from './board-rules';

// s11: taking work from the board. Claims go through the board's atomic claim, so when several idle
// teammates race for the same task exactly one wins and the others move on.
import { ToolError } from '../../agent/types';
import type { TaskRecord } from '../../timeline/events';
import type { TaskBoard } from '../tasks/task-board';
import type { Teammate } from '../team/teammate-manager';

// #region claim
/** Claim the first claimable task this teammate can get, or null when there is none. */
export async function claimNext(board: TaskBoard, mate: Teammate): Promise<TaskRecord | null> {
  for (const candidate of await board.findClaimable()) {
    try {
      const task = await board.claim(candidate.id, mate.name);
      mate.state.sink.emit({ type: 'task.claimed', actor: mate.actor, taskId: task.id, owner: mate.name });
      return task;
    } catch (err) {
      if (!(err instanceof ToolError)) throw err; // another teammate was faster: try the next one
    }
  }
  return null;
}
// #endregion

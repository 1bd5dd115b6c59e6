// s11: what an autonomous teammate does when it has nothing to do. It polls: mail wakes it at once; a
// pending, unowned, unblocked task on the board is claimed (atomically: two idlers never get the same one)
// and handed to it as its next job; after the idle timeout with neither, it shuts down.
import type { TaskRecord } from '../../timeline/events';
import type { TaskBoard } from '../tasks/task-board';
import type { IdleOutcome, Teammate, TeammateManager } from '../team/teammate-manager';
import { sendMail } from '../team/mail';
import { LEAD } from '../team/roster';
import { claimNext } from './claim';

export interface IdleTiming {
  pollMs: number;
  idleTimeoutMs: number;
}

export const DEFAULT_IDLE_TIMING: IdleTiming = { pollMs: 2_000, idleTimeoutMs: 6_000 };

// #region idle-poll
export function pollWhileIdle(board: TaskBoard, timing: IdleTiming) {
  return async (mate: Teammate, team: TeammateManager): Promise<IdleOutcome> => {
    const deadline = Date.now() + timing.idleTimeoutMs;
    const hasMail = () => team.bus.unread(mate.name) > 0;
    for (;;) {
      if (hasMail()) return { wake: true };
      const task = await claimNext(board, mate);
      if (task) return { wake: true, note: autoClaimedNote(task) };
      const left = deadline - Date.now();
      if (left <= 0) {
        const content = `Idle for ${timing.idleTimeoutMs / 1000} s with no mail and no claimable task: shutting down.`;
        await sendMail(team.bus, mate.state.sink, mate.actor, { to: LEAD, from: mate.name, type: 'message', content });
        return { wake: false };
      }
      // Sleep until the next poll, or until mail arrives, whichever comes first.
      await team.changes.until(hasMail, mate.signal, Math.min(timing.pollMs, left));
    }
  };
}
// #endregion

export function autoClaimedNote(task: TaskRecord): string {
  const description = task.description ? `\n${task.description}` : '';
  return (
    `<auto-claimed>Task #${task.id}: ${task.subject}${description}\n` +
    'It is yours now: do it, then mark it completed with task_update.</auto-claimed>'
  );
}

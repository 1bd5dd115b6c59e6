// s09: the hooks that connect a loop to the team. Every member (lead and teammates) reads its inbox before
// each model call; the lead, when it ends its turn while the team is still at work, waits for it.
import { addUserText } from '../../agent/messages';
import type { LoopHooks } from '../../agent/types';
import { readMail } from './mail';
import { formatInbox } from './message-bus';
import { LEAD, type Member } from './roster';
import { type TeammateManager, mateActor } from './teammate-manager';

// #region inbox-read
export function readInboxBeforeCall(team: TeammateManager, name: string): LoopHooks {
  return {
    async beforeModelCall(state) {
      const mails = await readMail(team.bus, state.sink, state.actor, name);
      if (mails.length > 0) addUserText(state, formatInbox(mails), 'inbox');
    },
  };
}
// #endregion

/** Which teammates the lead waits for: busy ones (s09/s10), or every one until it shuts down (s11). */
export type WaitFor = 'busy' | 'alive';

/**
 * `wakeFor`: something the lead has to act on while the team is still at work (s11: a plan waiting for its
 * review), checked after every change like the team itself.
 */
// #region team-wait
export function waitForTeam(team: TeammateManager, waitFor: WaitFor = 'busy', wakeFor: () => boolean = () => false): LoopHooks {
  const pending = (): Member[] => (waitFor === 'busy' ? team.busy() : team.alive());
  return {
    async onEndTurn(state) {
      const members = pending();
      if (members.length > 0 && !wakeFor()) {
        state.sink.emit({ type: 'loop.waiting', actor: state.actor, for: members.map((m) => mateActor(m.name)) });
        await team.changes.until(() => pending().length === 0 || wakeFor(), state.signal);
      }
      // The team's reports are in the lead's inbox: go round once more so the inbox hook hands them over.
      return team.bus.unread(LEAD) > 0;
    },
  };
}
// #endregion

// s11: after compaction a teammate's history is one summary, and its name and role may be gone from what
// the model reads. Before the next model call its identity is put back at the top.
import { replaceMessages } from '../../agent/messages';
import { COMPACT_SUMMARY_MARKER } from '../../agent/scripted';
import type { LoopHooks } from '../../agent/types';
import type { Message } from '../../timeline/events';
import type { Teammate } from '../team/teammate-manager';
import { LEAD } from '../team/roster';

export function identityBlock(mate: Pick<Teammate, 'name' | 'role'>): string {
  return `<identity>You are '${mate.name}', role: ${mate.role}, on a team led by '${LEAD}'. Continue your work.</identity>`;
}

// #region identity
export function restateIdentity(mate: Teammate): LoopHooks {
  return {
    async beforeModelCall(state) {
      if (!startsWithSummary(state.messages[0])) return;
      replaceMessages(
        state,
        [
          { role: 'user', content: identityBlock(mate) },
          { role: 'assistant', content: `I am ${mate.name}. Continuing.` },
          ...state.messages,
        ],
        'identity restated',
      );
      state.sink.emit({ type: 'identity.restated', actor: state.actor, name: mate.name });
    },
  };
}
// #endregion

function startsWithSummary(message: Message | undefined): boolean {
  if (message?.role !== 'user') return false;
  const first = typeof message.content === 'string' ? message.content : message.content[0]?.type === 'text' ? message.content[0].text : '';
  return first.startsWith(COMPACT_SUMMARY_MARKER);
}

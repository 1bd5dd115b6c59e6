// s03: a nudge when the model forgets its plan. Counted in model turns, checked before every model call.
import { addUserText } from '../../agent/messages';
import type { LoopHooks } from '../../agent/types';
import type { TodoManager } from './todo-manager';

export const REMINDER_AFTER_TURNS = 3;
export const REMINDER_TEXT = '<reminder>Update your todos.</reminder>';

// #region reminder
export function todoReminder(todos: TodoManager, afterTurns = REMINDER_AFTER_TURNS): LoopHooks {
  let turnsSeen = 0;
  let versionSeen = todos.version;
  let turnsSinceUpdate = 0;
  return {
    async beforeModelCall(state) {
      const newTurns = state.turn - turnsSeen;
      turnsSeen = state.turn;
      if (newTurns <= 0) return; // no model turn happened since we last looked
      turnsSinceUpdate = todos.version === versionSeen ? turnsSinceUpdate + newTurns : 0;
      versionSeen = todos.version;
      if (turnsSinceUpdate < afterTurns || !todos.hasOpenWork()) return;
      addUserText(state, REMINDER_TEXT, 'todo-reminder');
      state.sink.emit({ type: 'todo.reminder', actor: state.actor, turnsSinceUpdate });
      turnsSinceUpdate = 0;
    },
  };
}
// #endregion

// s08: how background results reach the model. Before EVERY model call the queue is drained into one
// user text block; when the model ends its turn with processes still running, the loop waits for them.
import { addUserText } from '../../agent/messages';
import type { LoopHooks } from '../../agent/types';
import { type BackgroundManager, bgActor } from './background-manager';
import { formatResults } from './notification-queue';

// #region drain
export function drainNotifications(bg: BackgroundManager): LoopHooks {
  return {
    async beforeModelCall(state) {
      const results = bg.queue.drain();
      if (results.length === 0) return;
      const text = formatResults(results);
      state.sink.emit({
        type: 'queue.drained', actor: state.actor, ids: results.map((r) => r.id), beforeTurn: state.turn + 1, text,
      });
      addUserText(state, text, 'background-results');
    },
  };
}
// #endregion

// #region end-turn-wait
/** The model said it is done, but work it started is still running: wait, then go round once more. */
export function waitForBackground(bg: BackgroundManager): LoopHooks {
  return {
    async onEndTurn(state) {
      const running = bg.running();
      if (running.length > 0) {
        state.sink.emit({ type: 'loop.waiting', actor: state.actor, for: running.map((j) => bgActor(j.id)) });
        await bg.waitForRunning(state.signal);
      }
      // Anything queued now has not been seen by the model: the next beforeModelCall hands it over.
      return bg.queue.size > 0;
    },
  };
}
// #endregion

// How a teammate leaves its loop on purpose (s10 approving shutdown, s11 going idle): a tool sets the
// request, and the first hook before the next model call ends the loop. The tool calls of the current
// turn all finish and their results are kept; the model is simply not called again.
import type { LoopHooks } from '../../agent/types';

export type ExitKind = 'idle' | 'shutdown';

export class LoopExit extends Error {
  constructor(readonly kind: ExitKind) {
    super(`teammate loop left: ${kind}`);
  }
}

/** Where a tool asks to leave; read by the hook below. */
export interface ExitRequest {
  exit: ExitKind | null;
}

/** Must be the FIRST hook: leaving has to happen before anything (the inbox read) is handed to the model. */
export function exitWhenAsked(who: ExitRequest): LoopHooks {
  return {
    async beforeModelCall() {
      if (who.exit) throw new LoopExit(who.exit);
    },
  };
}

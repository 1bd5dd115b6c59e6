// s06 layer 3: the model decides its context is cluttered and asks for a fresh start.
import type { Tool } from '../../agent/types';
import type { Compactor } from './compactor';

export function createCompactTool(compactor: Compactor): Tool {
  return {
    name: 'compact',
    description: 'Summarise the conversation so far and continue from the summary, freeing context. The full transcript is kept on disk.',
    input_schema: { type: 'object', properties: {} },
    async run() {
      compactor.requestManual();
      return 'Compacting… the conversation will be summarised before your next turn.';
    },
  };
}

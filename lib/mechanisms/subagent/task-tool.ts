// s04: the `task` tool. It runs a child agent loop with a fresh messages[] of its own; the child's
// exploration stays in its context and only its final text comes back to the parent.
import { runLoop, newLoopState, TurnLimitError } from '../../agent/loop';
import { appendMessages } from '../../agent/messages';
import { stringField } from '../../agent/tools/input';
import { type ModelSeam, type Tool, ToolError, type Workspace } from '../../agent/types';
import type { Actor } from '../../timeline/events';

export const SUBAGENT_MAX_TURNS = 30;
export const TASK_TOOL = 'task';

export interface SubagentOptions {
  model: ModelSeam;
  workspace: Workspace;
  /** What a child may use. The task tool itself is never among them: children cannot spawn children. */
  tools: Tool[];
  maxTurns?: number;
}

export function subagentSystem(root: string, description?: string): string {
  return [
    `You are a subagent of a coding agent, working in the directory ${root}.`,
    description ? `Your task: ${description}.` : '',
    'Do the task with your tools. Your final message is the only thing the parent agent will see, so end',
    'with a short, complete summary of what you found or did.',
  ].filter(Boolean).join(' ');
}

export function createTaskTool(options: SubagentOptions): Tool {
  const childTools = options.tools.filter((t) => t.name !== TASK_TOOL);
  let spawned = 0;
  return {
    name: TASK_TOOL,
    description:
      'Delegate a self-contained piece of work to a subagent with a fresh context. It has the base tools, works ' +
      'in the same workspace and returns only its final summary. Use it to keep long explorations out of your context.',
    input_schema: {
      type: 'object',
      properties: {
        prompt: { type: 'string', description: 'everything the subagent needs to know: it sees nothing of your conversation' },
        description: { type: 'string', description: 'a short name for the task (3-5 words)' },
      },
      required: ['prompt'],
    },
    // #region subagent
    async run(input, ctx) {
      const prompt = stringField(input, TASK_TOOL, 'prompt');
      const description = typeof input.description === 'string' ? input.description : undefined;
      const id = String(++spawned);
      const actor: Actor = `sub:${id}`;
      ctx.sink.emit({ type: 'subagent.started', actor: ctx.actor, id, prompt });

      const child = newLoopState(actor, ctx.sink, ctx.signal); // fresh messages[]: nothing of the parent's
      appendMessages(child, { role: 'user', content: prompt });
      const config = {
        actor, system: subagentSystem(options.workspace.root, description), tools: childTools, hooks: [],
        maxTurns: options.maxTurns ?? SUBAGENT_MAX_TURNS,
      };
      let summary = '';
      let failure: string | null = null;
      try {
        summary = (await runLoop(config, child, { model: options.model, workspace: options.workspace })).trim();
      } catch (err) {
        if (!(err instanceof TurnLimitError)) throw err;
        failure = `the subagent stopped at its cap of ${err.maxTurns} turns without a final answer`;
      }
      ctx.sink.emit({ type: 'subagent.finished', actor: ctx.actor, id, summary: failure ?? summary, turns: child.turn });
      if (failure) throw new ToolError(failure);
      return summary || '(the subagent finished without a summary)';
    },
    // #endregion
  };
}

// The bash tool: one shell command in the workspace, refused when on the deny-list, killed when too slow.
import { FOREGROUND_TIMEOUT_MS, startProcess } from '../process';
import { type Tool, ToolError } from '../types';
import { deniedReason } from './deny';
import { stringField } from './input';

export function createBashTool(options: { timeoutMs?: number } = {}): Tool {
  const timeoutMs = options.timeoutMs ?? FOREGROUND_TIMEOUT_MS;
  return {
    name: 'bash',
    description: 'Run a shell command in the project directory and return its output (stdout and stderr).',
    input_schema: {
      type: 'object',
      properties: { command: { type: 'string', description: 'The shell command to run.' } },
      required: ['command'],
    },
    // #region bash
    async run(input, ctx) {
      const command = stringField(input, 'bash', 'command');
      const denied = deniedReason(command);
      if (denied) throw new ToolError(`refused: this command is on the deny-list because ${denied}.`);
      const result = await startProcess({ command, cwd: ctx.workspace.root, timeoutMs, signal: ctx.signal }).done;
      ctx.signal.throwIfAborted();
      if (result.timedOut) {
        throw new ToolError(`timed out after ${timeoutMs / 1000} s; the command and its children were killed.\n${result.output}`);
      }
      const status = result.exitCode === 0 ? '' : `\n[exit code ${result.exitCode ?? `signal ${result.signal}`}]`;
      return (result.output || '(no output)') + status;
    },
    // #endregion
  };
}

export const bashTool = createBashTool();

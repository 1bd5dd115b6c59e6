// s08: the two tools the model gets. background_run returns an id at once; check_background reports.
import { deniedReason } from '../../agent/tools/deny';
import { ToolError, type Tool } from '../../agent/types';
import type { BackgroundJob, BackgroundManager } from './background-manager';

export function createBackgroundTools(bg: BackgroundManager): Tool[] {
  return [
    {
      name: 'background_run',
      description:
        'Start a shell command in the background and get its id at once, without waiting. Its result is ' +
        'delivered to you automatically in a <background-results> block when it finishes. Use it for slow ' +
        'commands (test suites, builds, sleeps) so you can keep working meanwhile.',
      input_schema: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] },
      async run(input) {
        if (typeof input.command !== 'string' || input.command.trim() === '') {
          throw new ToolError('"command" must be a non-empty string');
        }
        const denied = deniedReason(input.command);
        if (denied) throw new ToolError(`refused: this command is on the deny-list because ${denied}.`);
        const job = bg.run(input.command);
        return `Started background task bg:${job.id} (pid ${job.pid}): ${job.command}`;
      },
    },
    {
      name: 'check_background',
      description: 'Report the status of one background task (by id) or of all of them (no id), with output once finished.',
      input_schema: { type: 'object', properties: { id: { type: 'string' } } },
      async run(input) {
        if (input.id === undefined || input.id === '') return renderAll(bg.all());
        if (typeof input.id !== 'string') throw new ToolError('"id" must be a string such as "1" or "bg:1"');
        const job = bg.get(input.id);
        if (!job) {
          const known = bg.all().map((j) => `bg:${j.id}`);
          throw new ToolError(`no background task "${input.id}"; ${known.length ? `known: ${known.join(', ')}` : 'none started yet'}`);
        }
        return renderJob(job, true);
      },
    },
  ];
}

export function renderAll(jobs: readonly BackgroundJob[]): string {
  return jobs.length === 0 ? 'No background tasks.' : jobs.map((j) => renderJob(j, false)).join('\n');
}

function renderJob(job: BackgroundJob, withOutput: boolean): string {
  const seconds = ((job.durationMs ?? Date.now() - job.startedAt) / 1000).toFixed(1);
  const exit = job.status === 'failed' && job.exitCode !== null ? `, exit code ${job.exitCode}` : '';
  const head = `bg:${job.id} ${job.status} (${seconds} s${exit}): ${job.command}`;
  if (!withOutput || job.status === 'running') return head;
  return `${head}\n${job.output.trim() || '(no output)'}`;
}

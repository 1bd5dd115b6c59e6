// s08: finished background results wait here, in the order they finished, until the loop drains them
// into the model's next request. Draining empties the queue, so each result reaches the model once.
import type { BgStatus } from '../../timeline/events';

export type FinishedStatus = Exclude<BgStatus, 'running'>;

export interface BackgroundResult {
  id: string;
  command: string;
  status: FinishedStatus;
  exitCode: number | null;
  output: string;
}

/** How much of a result's output the notification carries; the rest stays available to check_background. */
export const NOTIFICATION_PREVIEW_CHARS = 500;

export class NotificationQueue {
  private results: BackgroundResult[] = [];

  enqueue(result: BackgroundResult): void {
    this.results.push(result);
  }

  // #region drain-queue
  /** Everything waiting, oldest first; the queue is empty afterwards. */
  drain(): BackgroundResult[] {
    const drained = this.results;
    this.results = [];
    return drained;
  }
  // #endregion

  get size(): number {
    return this.results.length;
  }
}

// #region notification-format
/** The one user text block the model gets: a line per result, `[bg:<id>] <status>: <output>`. */
export function formatResults(results: readonly BackgroundResult[]): string {
  return `<background-results>\n${results.map(formatResult).join('\n')}\n</background-results>`;
}

function formatResult(result: BackgroundResult): string {
  return `[bg:${result.id}] ${result.status}: ${outcomeNote(result)}${preview(result.output)}`;
}
// #endregion

function outcomeNote({ status, exitCode }: BackgroundResult): string {
  if (status === 'failed') return exitCode === null ? 'killed by a signal; ' : `exit code ${exitCode}; `;
  if (status === 'timeout') return 'killed after the time limit; ';
  return '';
}

/** One line per result: newlines are shown as `\n`, and long output is cut at the preview length. */
export function preview(output: string, max = NOTIFICATION_PREVIEW_CHARS): string {
  const trimmed = output.trim();
  if (trimmed === '') return '(no output)';
  const cut = trimmed.length > max ? `${trimmed.slice(0, max)}… (${trimmed.length - max} more characters)` : trimmed;
  return cut.replace(/\r?\n/g, '\\n');
}

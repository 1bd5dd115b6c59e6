// How the CLI shows a run: the main loop's text as it streams, tool calls and their results, and one
// readable line for everything else the mechanisms do.
import type { TimelineEvent } from '../../timeline/events';

type Style = 'dim' | 'bold' | 'red' | 'green' | 'yellow' | 'cyan' | 'magenta';
const CODES: Record<Style, [number, number]> = {
  dim: [2, 22], bold: [1, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39], magenta: [35, 39],
};

export interface PrinterOptions {
  write: (text: string) => void;
  color: boolean;
  /** Lines of a tool result shown before the rest is summarised. */
  maxResultLines?: number;
}

export interface Printer {
  onEvent(event: TimelineEvent): void;
}

export function createPrinter({ write, color, maxResultLines = 12 }: PrinterOptions): Printer {
  const paint = (style: Style, text: string) => (color ? `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m` : text);
  let streaming = false;
  const line = (text: string) => {
    if (streaming) write('\n');
    streaming = false;
    write(`${text}\n`);
  };
  const note = (text: string) => line(paint('dim', `· ${text}`));

  return {
    onEvent(e) {
      const who = e.actor === 'main' ? '' : `${paint('magenta', `[${e.actor}]`)} `;
      switch (e.type) {
        case 'run.started': return note(`lesson ${e.lesson} · model ${e.model} (${e.mode})`);
        case 'run.finished':
          if (e.outcome === 'completed') return note('done');
          return line(paint('yellow', `stopped (${e.outcome.replace('_', ' ')})${e.text ? `: ${e.text}` : ''}`));
        case 'run.failed': return line(paint('red', `run failed: ${e.error}`));
        case 'llm.request': return note(`${who}model call ${e.turn} · ${e.messageCount} messages · ~${e.tokenEstimate} tokens`);
        case 'llm.text':
          // Only the main loop streams; concurrent actors would interleave mid-word, so they print whole replies.
          if (e.actor !== 'main') return;
          streaming = true;
          return write(e.delta);
        case 'llm.response': {
          if (e.actor === 'main') {
            if (streaming) write('\n');
            streaming = false;
            return;
          }
          const text = e.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
          if (text) line(`${who}${text}`);
          return;
        }
        case 'messages.appended': return;
        case 'messages.replaced': return note(`${who}messages replaced (${e.reason})`);
        case 'tool.call': return line(`${who}${paint('cyan', `→ ${e.name}`)} ${summariseInput(e.name, e.input)}`);
        case 'tool.result': {
          const body = clip(e.output, maxResultLines).split('\n').map((l) => `  ${l}`).join('\n');
          return line(e.isError ? paint('red', body) : paint('dim', body));
        }
        case 'loop.waiting': return note(`${who}waiting for ${e.for.join(', ')}`);
        case 'todo.updated':
          return line(e.items.map((t) => `  ${t.status === 'completed' ? '[x]' : t.status === 'in_progress' ? '[>]' : '[ ]'} ${t.text}`).join('\n') || '  (no todos)');
        case 'todo.reminder': return line(paint('yellow', `· reminder injected: ${e.turnsSinceUpdate} turns without a todo update`));
        case 'subagent.started': return line(paint('magenta', `⇢ subagent ${e.id}: ${oneLine(e.prompt)}`));
        case 'subagent.finished': return line(paint('magenta', `⇠ subagent ${e.id} done after ${e.turns} turns`));
        case 'skills.catalog': return note(`skills: ${e.skills.map((s) => s.name).join(', ') || '(none)'}`);
        case 'skill.loaded': return note(`loaded skill ${e.name} (${e.chars} characters)`);
        case 'context.compacted':
          return line(paint('yellow', `· ${who}context compacted (${e.layer}): ~${e.tokensBefore} → ~${e.tokensAfter} tokens${e.transcriptPath ? `, transcript ${e.transcriptPath}` : ''}`));
        case 'task.created': return note(`task #${e.task.id} created: ${e.task.subject}${e.task.blockedBy.length ? ` (blocked by #${e.task.blockedBy.join(', #')})` : ''}`);
        case 'task.updated': return note(`task #${e.task.id} ${e.task.status}${e.unblocked.length ? `; unblocked #${e.unblocked.join(', #')}` : ''}`);
        case 'bg.started': return note(`${who}started (pid ${e.pid}): ${e.command}`);
        case 'bg.output': return;
        case 'bg.finished': return note(`${who}${e.status}${e.exitCode === null ? '' : ` (exit ${e.exitCode})`} after ${(e.durationMs / 1000).toFixed(1)} s`);
        case 'queue.enqueued': return note(`result of ${e.id} queued (${e.status})`);
        case 'queue.drained': return note(`drained ${e.ids.join(', ')} into the conversation before model call ${e.beforeTurn}`);
        case 'mate.spawned': return line(paint('magenta', `+ teammate ${e.name} (${e.role})`));
        case 'mate.status': return note(`${e.name} is ${e.status}`);
        case 'mail.sent': return line(`${paint('magenta', `✉ ${e.from} → ${e.to}`)} ${paint('dim', `[${e.msgType}]`)} ${oneLine(e.content)}`);
        case 'mail.read': return note(`${e.name} read ${e.count} message${e.count === 1 ? '' : 's'}`);
        case 'protocol.requested': return note(`${e.kind} request ${e.requestId}: ${e.from} → ${e.to}: ${oneLine(e.content)}`);
        case 'protocol.resolved': return note(`${e.kind} request ${e.requestId} ${e.status} by ${e.by}${e.reason ? `: ${oneLine(e.reason)}` : ''}`);
        case 'task.claimed': return note(`${e.owner} claimed task #${e.taskId}`);
        case 'identity.restated': return note(`identity restated for ${e.name}`);
        default: {
          const never: never = e;
          return never;
        }
      }
    },
  };
}

/** The one argument that says what a tool call does, instead of its whole JSON. */
export function summariseInput(tool: string, input: Record<string, unknown>): string {
  if (tool === 'bash' && typeof input.command === 'string') return input.command;
  if (typeof input.path === 'string') {
    const extra = typeof input.content === 'string' ? ` (${input.content.length} characters)` : typeof input.limit === 'number' ? ` (first ${input.limit} lines)` : '';
    return input.path + extra;
  }
  return oneLine(JSON.stringify(input));
}

function clip(text: string, maxLines: number): string {
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines.length <= maxLines) return lines.join('\n');
  return `${lines.slice(0, maxLines).join('\n')}\n… ${lines.length - maxLines} more lines`;
}

function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

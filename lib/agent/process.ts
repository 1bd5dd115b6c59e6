// Running a shell command the way every tool does: in its own process group, in the workspace, with a
// scrubbed environment, a timeout and a cap on the output it keeps. Used by `bash` and by background jobs.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export const OUTPUT_CAP = 50_000;
export const FOREGROUND_TIMEOUT_MS = 120_000;
/** Time between SIGTERM and SIGKILL when a group has to go. */
export const KILL_GRACE_MS = 2_000;

export interface ProcessResult {
  /** null when the shell was ended by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr merged in the order written, capped, with a note when it was truncated. */
  output: string;
  truncated: boolean;
  timedOut: boolean;
  /** Ended by the abort signal or kill(). */
  cancelled: boolean;
  durationMs: number;
}

export interface StartProcessOptions {
  command: string;
  cwd: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Every chunk of output as it arrives (uncapped; callers throttle if they need to). */
  onOutput?: (chunk: string) => void;
  maxOutput?: number;
  killGraceMs?: number;
}

export interface RunningProcess {
  pid: number;
  done: Promise<ProcessResult>;
  /** Kill the whole group: SIGTERM, then SIGKILL after the grace period. Marks the result cancelled. */
  kill(): void;
}

/** The only environment a command sees: no API keys, HOME is the workspace. */
export function scrubbedEnv(home: string): NodeJS.ProcessEnv {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    LANG: process.env.LANG ?? 'C.UTF-8',
    TERM: 'dumb',
    HOME: home,
    // npm would otherwise phone home for an update check from inside a run.
    NO_UPDATE_NOTIFIER: '1',
    npm_config_update_notifier: 'false',
  };
  // Next.js types ProcessEnv with a required NODE_ENV; a child shell must not inherit one.
  return env as NodeJS.ProcessEnv;
}

// #region start-process
export function startProcess(options: StartProcessOptions): RunningProcess {
  const { command, cwd, signal, onOutput } = options;
  const cap = options.maxOutput ?? OUTPUT_CAP;
  const started = Date.now();
  // `exec 2>&1` before the command is parsed, so stdout and stderr share one pipe and stay in order.
  const child = spawn('sh', ['-c', 'exec 2>&1; eval "$1"', 'sh', command], {
    cwd,
    env: scrubbedEnv(cwd),
    detached: true, // its own process group, so killing -pid reaches grandchildren too
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let kept = '';
  let dropped = 0;
  let timedOut = false;
  let cancelled = false;
  const group = new GroupKiller(child, options.killGraceMs ?? KILL_GRACE_MS);
  trackGroup(child.pid);

  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    const room = cap - kept.length;
    kept += chunk.slice(0, Math.max(0, room));
    dropped += Math.max(0, chunk.length - Math.max(0, room));
    onOutput?.(chunk);
  });

  const timer = setTimeout(() => {
    timedOut = true;
    group.kill();
  }, options.timeoutMs ?? FOREGROUND_TIMEOUT_MS);
  const onAbort = () => {
    cancelled = true;
    group.kill();
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  const done = new Promise<ProcessResult>((resolve) => {
    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    const finish = () => {
      if (child.pid) liveGroups.delete(child.pid);
      clearTimeout(timer);
      group.clear();
      signal?.removeEventListener('abort', onAbort);
      const note = dropped > 0 ? `\n[output truncated: ${dropped} more characters not shown]` : '';
      resolve({
        exitCode: exit?.code ?? null, signal: exit?.signal ?? null, output: kept + note, truncated: dropped > 0,
        timedOut, cancelled, durationMs: Date.now() - started,
      });
    };
    child.on('error', (err) => {
      kept += `failed to start: ${err.message}`;
      finish();
    });
    child.on('exit', (code, sig) => {
      exit = { code, signal: sig };
      // The shell is gone; anything it left running in its group would hold the pipe open forever.
      group.killNow();
      // A process that escaped the group could still hold the pipe: stop waiting for it after a moment.
      setTimeout(() => child.stdout?.destroy(), 1_000).unref();
    });
    // "Done" means the whole group is gone, grandchildren included, not just that the pipe closed.
    child.on('close', () => void waitForGroupExit(child.pid ?? -1).then(finish));
  });

  return { pid: child.pid ?? -1, done, kill: onAbort };
}
// #endregion

/** Signals a whole process group: SIGTERM first, SIGKILL if it is still there after the grace period. */
// Groups are detached, so they would outlive the server (and their timeouts, which live in it):
// when this process exits, every group still running goes with it.
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function trackGroup(pid: number | undefined): void {
  if (!pid) return;
  liveGroups.add(pid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pgid of liveGroups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

/** Resolve once no live (non-zombie) process is left in the group, or after maxMs. */
async function waitForGroupExit(pgid: number, maxMs = 1_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (pgid > 0 && Date.now() < deadline && groupHasLiveMember(pgid)) {
    await new Promise((r) => setTimeout(r, 10));
  }
}

function groupHasLiveMember(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false; // ESRCH: nothing left in the group
  }
  // Zombies answer kill(…, 0) too, and some container inits never reap them: look at their state.
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return false; // no /proc (macOS): the signal was sent; nothing more to see
  }
  return entries.some((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pgrp) === pgid && state !== 'Z';
    } catch {
      return false;
    }
  });
}

class GroupKiller {
  private timer: NodeJS.Timeout | null = null;
  constructor(private readonly child: ChildProcess, private readonly graceMs: number) {}

  kill(): void {
    if (this.timer) return;
    this.signal('SIGTERM');
    this.timer = setTimeout(() => this.signal('SIGKILL'), this.graceMs);
  }

  killNow(): void {
    this.signal('SIGKILL');
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private signal(sig: NodeJS.Signals): void {
    if (!this.child.pid) return;
    try {
      process.kill(-this.child.pid, sig);
    } catch {
      // ESRCH: the group is already gone.
    }
  }
}

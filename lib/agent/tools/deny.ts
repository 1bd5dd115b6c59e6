// A small deny-list for the obviously destructive. Not a sandbox: it catches the commands that would hurt
// the machine the course runs on, and tells the model why, so it can choose something else.
import { posix } from 'node:path';

interface Rule {
  test: (words: string[], segment: string) => boolean;
  why: string;
}

const HOME_TARGETS = new Set(['~', '~/', '~/*', '$HOME', '$HOME/', '$HOME/*', '${HOME}', '${HOME}/']);

/**
 * Whether a path, as written, leaves the directory the command runs in upwards (`..`, `./..`, `../x`:
 * the workspace sits in the machine's temp dir, next to every other run's) or names the root or a
 * top-level directory, or everything in one (`/`, `/*`, `/tmp`, `/usr/`, `/tmp/*`).
 */
function outsideTarget(word: string): boolean {
  const n = posix.normalize(word);
  return n === '..' || n.startsWith('../') || /^\/[^/]*(\/\*?)?$/.test(n);
}
const POWER = new Set(['shutdown', 'reboot', 'halt', 'poweroff']);

const isRecursiveFlag = (w: string) => /^-[a-zA-Z]*[rR]/.test(w) || w === '--recursive';
const hasRecursive = (words: string[]) => words.some(isRecursiveFlag);
const targetsRoot = (words: string[]) =>
  words.slice(1).some((w) => HOME_TARGETS.has(w) || (!w.startsWith('-') && outsideTarget(w)) || w === '--no-preserve-root');

// #region deny-list
const RULES: Rule[] = [
  { test: (w) => w[0] === 'sudo' || w[0] === 'su' || w[0] === 'doas', why: 'it asks for root privileges (sudo/su); an agent must not raise its own rights' },
  { test: (w) => w[0] === 'rm' && hasRecursive(w) && targetsRoot(w), why: 'it recursively deletes outside the workspace (a parent directory, the home directory, the root or a top-level directory); name a path inside it' },
  { test: (w) => POWER.has(w[0]) || (w[0] === 'systemctl' && POWER.has(w[1] ?? '')) || (w[0] === 'init' && /^[06]$/.test(w[1] ?? '')), why: 'it shuts down or reboots the machine' },
  { test: (w) => /^mkfs(\.|$)/.test(w[0]), why: 'it formats a disk' },
  { test: (w) => w[0] === 'dd' && w.some((x) => /^of=\/dev\//.test(x)), why: 'it writes raw data to a device' },
  { test: (_w, s) => /(^|[^<>])>\s*\/dev\/(sd|hd|nvme|vd|xvd|disk|mmcblk)/.test(s), why: 'it writes raw data to a device' },
  { test: (w) => (w[0] === 'chmod' || w[0] === 'chown') && hasRecursive(w) && targetsRoot(w), why: 'it changes permissions or ownership outside the workspace (a parent directory, the home directory, the root or a top-level directory)' },
  { test: (w) => w[0] === 'kill' && w.slice(1).includes('-1'), why: 'it signals every process of the user (kill -1), including the server running this agent' },
];
// #endregion

const FORK_BOMB = /(\S+)\s*\(\)\s*\{[^}]*\1\s*\|\s*\1\s*&[^}]*\}/;

/** Why the command is refused, or null when it may run. */
export function deniedReason(command: string): string | null {
  if (FORK_BOMB.test(command)) return 'it is a fork bomb (a function that pipes into itself in the background)';
  for (const segment of segments(command)) {
    const words = wordsOf(segment);
    // Skip what only wraps the command that runs: env assignments, `env`, `exec`, `nohup`, `xargs`, …, and
    // the shell keywords that start a body (`then sudo …`, `do reboot`, `{ sudo …; }`, `! sudo …`).
    while (words.length > 0 && (/^\w+=/.test(words[0]) || PREFIXES.has(words[0]))) words.shift();
    if (words.length === 0) continue;
    words[0] = words[0].replace(/^.*\//, ''); // /usr/bin/sudo counts as sudo
    for (const rule of RULES) if (rule.test(words, segment)) return rule.why;
    // `sh -c '…'` runs its argument as a command line of its own.
    const script = shellScriptOf(words, segment);
    if (script !== null) {
      const inner = deniedReason(script);
      if (inner !== null) return inner;
    }
  }
  return null;
}

const PREFIXES = new Set(['env', 'exec', 'command', 'nohup', 'time', 'nice', 'xargs', 'then', 'do', 'else', 'elif', 'if', 'while', 'until', '{', '!']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh']);

/** The script of `sh -c 'script'`, quotes removed; null for any other command. */
function shellScriptOf(words: string[], segment: string): string | null {
  if (!SHELLS.has(words[0]) || !words.slice(1).some((w) => /^-\w*c\w*$/.test(w))) return null;
  const quoted = /\s-\w*c\w*\s+(['"])([\s\S]*?)\1/.exec(segment);
  return quoted ? quoted[2] : words.slice(words.findIndex((w) => /^-\w*c\w*$/.test(w)) + 1).join(' ');
}

/** Split on the operators that start a new command: ; & | && || newlines, $( and backticks. */
function segments(command: string): string[] {
  return command.split(/;|&&|\|\||\||&|\n|\$\(|`|\(|\)/).map((s) => s.trim()).filter(Boolean);
}

function wordsOf(segment: string): string[] {
  return segment.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, '')).filter(Boolean);
}

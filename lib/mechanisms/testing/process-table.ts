// Test support: the live members of a process group, as `ps -eo pid,pgid,stat,args` lists them (zombies,
// which run nothing, are left out). Proves a cancelled group left no process behind.
import { execFileSync } from 'node:child_process';

export function liveGroupMembers(pgid: number): string[] {
  const table = execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, group, stat]) => Number(group) === pgid && !stat?.startsWith('Z'))
    .map((cols) => cols.join(' '));
}

// What the REPL's /team and /inbox show: the roster, and every inbox with the mail still unread in it
// (peeked from the files, not consumed).
import { readFileSync } from 'node:fs';
import { LEAD } from './roster';
import type { TeammateManager } from './teammate-manager';
import { renderRoster } from './team-tools';

export function inspectTeam(team: TeammateManager, what: string): string | null {
  if (what === 'team') return renderRoster(team);
  if (what === 'inbox') return [LEAD, ...team.members().map((m) => m.name)].map((name) => renderInbox(team, name)).join('\n');
  return null;
}

function renderInbox(team: TeammateManager, name: string): string {
  let lines: string[] = [];
  try {
    lines = readFileSync(team.bus.path(name), 'utf8').split('\n').filter((l) => l.trim() !== '');
  } catch {
    // no inbox file yet: nobody has written to it
  }
  return lines.length === 0 ? `${name}: (empty)` : `${name}: ${lines.length} unread\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

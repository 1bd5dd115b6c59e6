// s09: who is on the team and what each member is doing, persisted as `.team/config.json` so it can be
// inspected (and survives the process). Writes are chained so the file always holds the latest roster.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ToolError } from '../../agent/types';
import type { MateStatus } from '../../timeline/events';

export interface Member { name: string; role: string; status: MateStatus }

/** The lead's own inbox name; no teammate may take it. */
export const LEAD = 'lead';
const NAME = /^[a-z][a-z0-9_-]{0,23}$/;

export function checkName(name: unknown): string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new ToolError(
      `"name" must be 1-24 lowercase letters, digits, "-" or "_", starting with a letter (got ${JSON.stringify(name)})`,
    );
  }
  if (name === LEAD) throw new ToolError(`"${LEAD}" is the team lead's name; choose another`);
  return name;
}

export class Roster {
  private readonly members = new Map<string, Member>();
  private writing: Promise<void> = Promise.resolve();

  /** `file` is usually `<workspace>/.team/config.json`. */
  constructor(readonly file: string) {}

  add(name: string, role: string): Member {
    const member: Member = { name, role, status: 'working' };
    this.members.set(name, member);
    this.save();
    return member;
  }

  setStatus(name: string, status: MateStatus): void {
    const member = this.members.get(name);
    if (!member || member.status === status) return;
    member.status = status;
    this.save();
  }

  get(name: string): Member | undefined {
    return this.members.get(name);
  }

  list(): Member[] {
    return [...this.members.values()];
  }

  /** Resolves once everything changed so far is on disk. */
  flushed(): Promise<void> {
    return this.writing;
  }

  private save(): void {
    const json = `${JSON.stringify({ lead: LEAD, members: this.list() }, null, 2)}\n`;
    this.writing = this.writing.then(async () => {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(this.file, json, 'utf8');
    });
  }
}

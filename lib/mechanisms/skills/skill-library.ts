// s05: the skills a workspace offers. Two layers: the catalogue (name + one line) is cheap and always in
// the system prompt; a skill's full body costs tokens, so it arrives only when the model asks for it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolError } from '../../agent/types';
import type { SkillInfo } from '../../timeline/events';
import { parseSkillFile, type SkillFile } from './frontmatter';

export const SKILLS_DIR = 'skills';

export class SkillLibrary {
  private constructor(private readonly skills: Map<string, SkillFile>) {}

  /** Read every `skills/<name>/SKILL.md` under the workspace root (a few small files, read once per run). */
  static load(root: string): SkillLibrary {
    const dir = join(root, SKILLS_DIR);
    const skills = new Map<string, SkillFile>();
    const entries = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [];
    for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name, 'SKILL.md');
      if (!existsSync(path)) continue;
      const skill = parseSkillFile(readFileSync(path, 'utf8'), `${SKILLS_DIR}/${entry.name}/SKILL.md`);
      skills.set(skill.name, skill);
    }
    return new SkillLibrary(skills);
  }

  get catalog(): SkillInfo[] {
    return [...this.skills.values()].map(({ name, description }) => ({ name, description }));
  }

  // #region skill-catalog
  /** The lines that go into the system prompt: what exists, not what it says. */
  catalogText(): string {
    if (this.skills.size === 0) return 'No skills are installed.';
    return this.catalog.map((s) => `- ${s.name}: ${s.description}`).join('\n');
  }
  // #endregion

  // #region load-skill
  /** The full body, wrapped so the model can tell where the skill starts and ends. */
  load(name: unknown): { name: string; text: string } {
    const skill = typeof name === 'string' ? this.skills.get(name.trim()) : undefined;
    if (!skill) {
      const available = [...this.skills.keys()];
      throw new ToolError(
        `unknown skill ${JSON.stringify(name)}; available: ${available.length ? available.join(', ') : 'none (no skills are installed)'}`,
      );
    }
    return { name: skill.name, text: `<skill name="${skill.name}">\n${skill.body}\n</skill>` };
  }
  // #endregion
}

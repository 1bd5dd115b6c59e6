import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ToolError } from '../../agent/types';
import { parseSkillFile } from './frontmatter';
import { SkillLibrary } from './skill-library';

describe('parseSkillFile', () => {
  it('reads name and description from the frontmatter and keeps the body', () => {
    const skill = parseSkillFile('---\nname: code-review\ndescription: "Review code: bugs first"\n---\n\n# Steps\n1. Read\n', 'x');
    expect(skill).toEqual({ name: 'code-review', description: 'Review code: bugs first', body: '# Steps\n1. Read' });
  });

  it('says which file and what is missing', () => {
    expect(() => parseSkillFile('# no frontmatter', 'skills/a/SKILL.md')).toThrow("skills/a/SKILL.md: must start with a '---'");
    expect(() => parseSkillFile('---\nname: a\n', 'f')).toThrow("f: the frontmatter has no closing '---'");
    expect(() => parseSkillFile('---\nname: a\n---\nbody', 'f')).toThrow('f: the frontmatter needs a "description"');
    expect(() => parseSkillFile('---\nname a\n---\n', 'f')).toThrow('f: line 2: expected "key: value", got "name a"');
  });
});

describe('SkillLibrary', () => {
  let root: string;
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function workspaceWith(skills: Record<string, string>) {
    root = await mkdtemp(join(tmpdir(), 'skills-'));
    for (const [dir, text] of Object.entries(skills)) {
      await mkdir(join(root, 'skills', dir), { recursive: true });
      await writeFile(join(root, 'skills', dir, 'SKILL.md'), text);
    }
    return SkillLibrary.load(root);
  }

  it('puts only names and descriptions in the catalogue', async () => {
    const lib = await workspaceWith({
      b: '---\nname: beta\ndescription: second\n---\nSECRET BODY B',
      a: '---\nname: alpha\ndescription: first\n---\nSECRET BODY A',
    });
    expect(lib.catalog).toEqual([{ name: 'alpha', description: 'first' }, { name: 'beta', description: 'second' }]);
    expect(lib.catalogText()).toBe('- alpha: first\n- beta: second');
    expect(lib.catalogText()).not.toContain('SECRET');
  });

  it('returns the body wrapped in a skill tag', async () => {
    const lib = await workspaceWith({ a: '---\nname: alpha\ndescription: first\n---\nDo X, then Y.' });
    expect(lib.load('alpha')).toEqual({ name: 'alpha', text: '<skill name="alpha">\nDo X, then Y.\n</skill>' });
  });

  it('refuses an unknown skill and lists the available ones', async () => {
    const lib = await workspaceWith({
      a: '---\nname: alpha\ndescription: first\n---\nA',
      b: '---\nname: beta\ndescription: second\n---\nB',
    });
    expect(() => lib.load('pdf')).toThrow(ToolError);
    expect(() => lib.load('pdf')).toThrow('unknown skill "pdf"; available: alpha, beta');
  });

  it('works in a workspace without skills', async () => {
    const lib = await workspaceWith({});
    expect(lib.catalogText()).toBe('No skills are installed.');
    expect(() => lib.load('x')).toThrow('available: none');
  });
});

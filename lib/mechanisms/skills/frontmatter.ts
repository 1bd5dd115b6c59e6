// s05: reading a SKILL.md. The frontmatter is a few `key: value` lines between `---` fences, so a tiny
// parser does; no YAML library needed.
export interface SkillFile {
  name: string;
  description: string;
  /** Everything after the frontmatter: what the model reads when it loads the skill. */
  body: string;
}

const FENCE = /^---\s*$/;

export function parseSkillFile(text: string, source: string): SkillFile {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (!FENCE.test(lines[0] ?? '')) throw new Error(`${source}: must start with a '---' frontmatter fence`);
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) throw new Error(`${source}: the frontmatter has no closing '---'`);

  const fields = new Map<string, string>();
  for (let i = 1; i < end; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`${source}: line ${i + 1}: expected "key: value", got "${line}"`);
    fields.set(line.slice(0, colon).trim(), unquote(line.slice(colon + 1).trim()));
  }
  const name = fields.get('name');
  const description = fields.get('description');
  if (!name) throw new Error(`${source}: the frontmatter needs a "name"`);
  if (!description) throw new Error(`${source}: the frontmatter needs a "description"`);
  return { name, description, body: lines.slice(end + 1).join('\n').trim() };
}

function unquote(value: string): string {
  const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0];
  return quoted ? value.slice(1, -1) : value;
}

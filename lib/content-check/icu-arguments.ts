// The arguments an ICU message expects, so a translation that drops or renames one is caught. Pure.

/**
 * Argument names of an ICU message: "{count}", "{count, number}" and "{count, plural, one {…} other {…}}"
 * all name `count`; words inside plural/select branches ("=0 {empty}") are text, not arguments.
 */
export function placeholders(text: string): string[] {
  const names = new Set<string>();
  readMessage(text, 0, names);
  return [...names].sort();
}

/** Reads message text from `i` up to an unmatched '}' (the end of a branch) or the end; returns that index. */
function readMessage(s: string, i: number, names: Set<string>): number {
  while (i < s.length) {
    const c = s[i];
    if (c === "'" && (s[i + 1] === "'" || '{}#'.includes(s[i + 1] ?? 'x'))) {
      // ICU quoting: '' is a quote, '{…}' is literal text; any other apostrophe (lesson's) is just text.
      const end = s[i + 1] === "'" ? i + 1 : s.indexOf("'", i + 1);
      i = end < 0 ? s.length : end + 1;
    } else if (c === '{') {
      i = readArgument(s, i + 1, names);
    } else if (c === '}') {
      return i;
    } else {
      i++;
    }
  }
  return i;
}

/** Reads one argument after its '{'; returns the index after its closing '}'. */
function readArgument(s: string, i: number, names: Set<string>): number {
  const head = /^\s*([A-Za-z0-9_]+)\s*(?:,\s*([a-z]+)\s*)?/.exec(s.slice(i));
  if (head) {
    names.add(head[1]);
    i += head[0].length;
    if (head[2] === 'plural' || head[2] === 'select' || head[2] === 'selectordinal') {
      // Branches: `selector {message}` pairs until the argument's own '}'.
      while (i < s.length && s[i] !== '}') i = s[i] === '{' ? readMessage(s, i + 1, names) + 1 : i + 1;
      return i + 1;
    }
  }
  let depth = 1;
  for (; i < s.length && depth > 0; i++) depth += s[i] === '{' ? 1 : s[i] === '}' ? -1 : 0;
  return i;
}

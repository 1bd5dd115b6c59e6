// The UI-messages part of the content check: every key of en.json must exist in every other locale,
// as a non-empty string with the same {placeholders}. Pure: give it the parsed catalogs.
import { placeholders } from './icu-arguments';

export interface MessageProblem {
  locale: string;
  /** Dotted key path, e.g. "lessons.s08.title". */
  key: string;
  message: string;
}

type Catalog = unknown;

/** Leaf keys of a catalog as dotted paths, with their values. */
function leaves(catalog: Catalog, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (catalog === null || typeof catalog !== 'object' || Array.isArray(catalog)) {
    out.set(prefix, catalog);
    return out;
  }
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

export function checkMessages(catalogs: Record<string, Catalog>, source = 'en'): MessageProblem[] {
  const reference = catalogs[source];
  if (reference === undefined) return [{ locale: source, key: '', message: `the source catalog ${source}.json is missing` }];
  const problems: MessageProblem[] = [];
  const sourceLeaves = leaves(reference);

  for (const [key, value] of sourceLeaves) {
    if (typeof value !== 'string') problems.push({ locale: source, key, message: `is not a string` });
    else if (value.trim() === '') problems.push({ locale: source, key, message: `is empty` });
  }

  for (const [locale, catalog] of Object.entries(catalogs)) {
    if (locale === source) continue;
    const own = leaves(catalog);
    for (const [key, sourceValue] of sourceLeaves) {
      const value = own.get(key);
      if (!own.has(key)) {
        problems.push({ locale, key, message: `is missing (${source}: "${String(sourceValue)}")` });
      } else if (typeof value !== 'string') {
        problems.push({ locale, key, message: `is not a string` });
      } else if (value.trim() === '') {
        problems.push({ locale, key, message: `is empty` });
      } else if (typeof sourceValue === 'string') {
        const want = placeholders(sourceValue).join(', ');
        const got = placeholders(value).join(', ');
        if (want !== got) problems.push({ locale, key, message: `has placeholders {${got}} but ${source} has {${want}}` });
      }
    }
    for (const key of own.keys()) {
      if (!sourceLeaves.has(key)) problems.push({ locale, key, message: `is not in ${source}.json (stale or misspelt)` });
    }
  }
  return problems;
}

export function formatMessageProblem(p: MessageProblem): string {
  return `messages/${p.locale}.json: ${p.key || '(root)'} ${p.message}`;
}

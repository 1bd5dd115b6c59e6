// Reads project files by their path from the project root (build time, Node only).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReadSource } from './sources';

export function projectReader(root = process.cwd()): ReadSource {
  return (file) => {
    // Read at build time only (pages are static), so the server bundle need not trace these files.
    const abs = path.join(/*turbopackIgnore: true*/ root, file);
    return existsSync(abs) ? readFileSync(abs, 'utf8') : null;
  };
}

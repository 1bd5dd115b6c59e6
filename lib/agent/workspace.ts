// The per-run workspace: a fresh temp directory seeded from the lesson's fixture, and the one gate every
// file tool goes through, so a model-supplied path can never reach outside it.
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ToolError, type Workspace } from './types';

export interface RunWorkspace extends Workspace {
  /** Remove the directory (a no-op for a directory the caller supplied: it is theirs to keep). */
  dispose(): Promise<void>;
}

export interface WorkspaceOptions {
  /** Use this directory instead of a temp dir; it is seeded only when empty and kept afterwards. */
  dir?: string;
  /** Where the fixtures live; defaults to content/workspaces under the current directory. */
  fixturesDir?: string;
}

/** Fixture shared by every lesson, copied first; the lesson's own fixture is copied on top of it. */
export const BASE_FIXTURE = '_base';

export async function createWorkspace(lesson: string, options: WorkspaceOptions = {}): Promise<RunWorkspace> {
  const fixtures = options.fixturesDir ?? path.join(process.cwd(), 'content', 'workspaces');
  const keep = options.dir !== undefined;
  let dir: string;
  if (options.dir !== undefined) {
    dir = path.resolve(/*turbopackIgnore: true*/ options.dir);
    await mkdir(dir, { recursive: true });
  } else {
    dir = await mkdtemp(path.join(os.tmpdir(), 'agent-run-'));
  }
  // Paths here are made at run time (turbopackIgnore keeps the build from tracing the whole project).
  // The real path, so the confinement check compares like with like (e.g. /tmp may itself be a symlink).
  const root = realpathSync(/*turbopackIgnore: true*/ dir);
  if ((await readdir(/*turbopackIgnore: true*/ root)).length === 0) {
    for (const name of [BASE_FIXTURE, lesson]) {
      const source = path.join(/*turbopackIgnore: true*/ fixtures, name);
      if (existsSync(source)) await cp(source, root, { recursive: true });
    }
  }
  return {
    root,
    resolve: (p) => resolveInside(root, p),
    dispose: async () => {
      if (!keep) await rm(root, { recursive: true, force: true });
    },
  };
}

// #region confine
/** Resolve a model-supplied path against the root; refuse anything that would leave it. */
export function resolveInside(root: string, requested: string): string {
  if (typeof requested !== 'string') throw new ToolError('path must be a string');
  if (requested.includes('\0')) throw new ToolError(`path "${requested}" contains a NUL byte`);
  if (path.isAbsolute(requested)) {
    throw new ToolError(`path "${requested}" is absolute; use a path relative to the workspace root`);
  }
  const target = path.resolve(root, requested);
  if (!isWithin(root, target)) {
    throw new ToolError(`path "${requested}" is outside the workspace; only files inside it can be used`);
  }
  // Lexically inside; now make sure no symlink on the way leads out. Check the nearest part that exists.
  let probe = target;
  while (!exists(probe)) probe = path.dirname(probe);
  let real: string;
  try {
    real = realpathSync(probe);
  } catch {
    throw new ToolError(`path "${requested}" goes through a broken symlink; refusing to follow it`);
  }
  if (!isWithin(root, real)) {
    throw new ToolError(`path "${requested}" goes through a symlink that leads outside the workspace`);
  }
  return target;
}
// #endregion

function isWithin(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** lstat, not stat: a dangling symlink "exists" here, so it is caught above instead of written through. */
function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

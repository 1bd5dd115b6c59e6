// File-system errors in words the model can act on.
import { ToolError } from '../types';

export function fsError(err: unknown, path: string): Error {
  if (err instanceof ToolError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return new ToolError(`no such file: ${path}`);
    case 'EISDIR': return new ToolError(`${path} is a directory; use bash (ls) to list it`);
    case 'ENOTDIR': return new ToolError(`${path}: a part of this path is a file, not a directory`);
    case 'EACCES': return new ToolError(`permission denied: ${path}`);
    default: return new ToolError(`${path}: ${(err as Error).message}`);
  }
}

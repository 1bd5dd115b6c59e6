// The base tools every lesson from s02 on gives the model, as a dispatch map: tool name → tool.
// The loop looks each tool_use up here by name; adding a tool is adding an entry.
import type { Tool } from '../types';
import { bashTool } from './bash';
import { editFileTool } from './edit-file';
import { readFileTool } from './read-file';
import { writeFileTool } from './write-file';

// #region dispatch
export const baseTools = {
  bash: bashTool,
  read_file: readFileTool,
  write_file: writeFileTool,
  edit_file: editFileTool,
} satisfies Record<string, Tool>;
// #endregion

// write_file: create or overwrite a file (and any missing parent directories).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Tool } from '../types';
import { fsError } from './fs-errors';
import { stringField } from './input';

export const writeFileTool: Tool = {
  name: 'write_file',
  description: 'Create or overwrite a text file in the project; missing directories are created.',
  input_schema: {
    type: 'object',
    properties: {
      path: { type: 'string', description: 'Path relative to the project root.' },
      content: { type: 'string', description: 'The full new content of the file.' },
    },
    required: ['path', 'content'],
  },
  async run(input, ctx) {
    const file = stringField(input, 'write_file', 'path');
    const content = stringField(input, 'write_file', 'content');
    const target = ctx.workspace.resolve(file);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content, 'utf8');
    } catch (err) {
      throw fsError(err, file);
    }
    return `Wrote ${Buffer.byteLength(content)} bytes to ${file}`;
  },
};

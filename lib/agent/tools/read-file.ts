// read_file: a file's text, optionally only its first lines, with a note of how many were left out.
import { readFile } from 'node:fs/promises';
import { OUTPUT_CAP } from '../process';
import type { Tool } from '../types';
import { fsError } from './fs-errors';
import { optionalPositiveInt, stringField } from './input';

export const readFileTool: Tool = {
  name: 'read_file',
  description: 'Read a text file in the project. Optionally only its first `limit` lines.',
  input_schema: {
    type: 'object',
    properties: {
      path: { type: 'string', description: 'Path relative to the project root.' },
      limit: { type: 'integer', description: 'Read at most this many lines.' },
    },
    required: ['path'],
  },
  async run(input, ctx) {
    const path = stringField(input, 'read_file', 'path');
    const limit = optionalPositiveInt(input, 'read_file', 'limit');
    const text = await readFile(ctx.workspace.resolve(path), 'utf8').catch((err) => { throw fsError(err, path); });
    const lines = text.split('\n');
    let out = text;
    if (limit !== undefined && limit < lines.length) {
      const remaining = lines.length - limit;
      out = `${lines.slice(0, limit).join('\n')}\n[${remaining} more line${remaining === 1 ? '' : 's'} not shown; read again with a larger limit]`;
    }
    if (out.length > OUTPUT_CAP) {
      out = `${out.slice(0, OUTPUT_CAP)}\n[truncated: ${out.length - OUTPUT_CAP} more characters; use limit to read less]`;
    }
    return out;
  },
};

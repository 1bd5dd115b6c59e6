// edit_file: replace one exact piece of text. Exactly one match, or an error that says what went wrong.
import { readFile, writeFile } from 'node:fs/promises';
import { type Tool, ToolError } from '../types';
import { fsError } from './fs-errors';
import { stringField } from './input';

export const editFileTool: Tool = {
  name: 'edit_file',
  description: 'Replace an exact piece of text in a file. old_text must occur exactly once.',
  input_schema: {
    type: 'object',
    properties: {
      path: { type: 'string', description: 'Path relative to the project root.' },
      old_text: { type: 'string', description: 'The exact text to replace (including whitespace).' },
      new_text: { type: 'string', description: 'The text to put in its place.' },
    },
    required: ['path', 'old_text', 'new_text'],
  },
  // #region edit-file
  async run(input, ctx) {
    const file = stringField(input, 'edit_file', 'path');
    const oldText = stringField(input, 'edit_file', 'old_text');
    const newText = stringField(input, 'edit_file', 'new_text');
    if (oldText === '') throw new ToolError('edit_file: old_text is empty; give the exact text to replace');
    const target = ctx.workspace.resolve(file);
    const text = await readFile(target, 'utf8').catch((err) => { throw fsError(err, file); });
    const count = text.split(oldText).length - 1;
    if (count === 0) throw new ToolError(`old_text was not found in ${file}; read the file and copy the text exactly`);
    if (count > 1) throw new ToolError(`old_text was found ${count} times in ${file}; include more surrounding text so it matches once`);
    // Split/join rather than String.replace: `$&` and friends in new_text must stay literal.
    const at = text.indexOf(oldText);
    await writeFile(target, text.slice(0, at) + newText + text.slice(at + oldText.length), 'utf8');
    return `Edited ${file}: replaced 1 occurrence (${oldText.split('\n').length} line(s) → ${newText.split('\n').length} line(s))`;
  },
  // #endregion
};

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSink } from '../sink';
import { type ToolContext, ToolError } from '../types';
import { type RunWorkspace, createWorkspace } from '../workspace';
import { baseTools } from './base';
import { createBashTool } from './bash';

let ws: RunWorkspace;
let ctx: ToolContext;
beforeEach(async () => {
  ws = await createWorkspace('none', { fixturesDir: '/nonexistent-fixtures' });
  ctx = { actor: 'main', workspace: ws, sink: createSink(), signal: new AbortController().signal };
});
afterEach(() => ws.dispose());

const { bash, read_file, write_file, edit_file } = baseTools;

describe('the dispatch map', () => {
  it('maps every base tool name to the tool of that name', () => {
    for (const [name, tool] of Object.entries(baseTools)) expect(tool.name).toBe(name);
    expect(Object.keys(baseTools)).toEqual(['bash', 'read_file', 'write_file', 'edit_file']);
  });
});

describe('bash', () => {
  it('runs in the workspace and returns the output', async () => {
    expect(await bash.run({ command: 'pwd' }, ctx)).toBe(`${ws.root}\n`);
  });

  it('reports a non-zero exit code and says when there was no output', async () => {
    expect(await bash.run({ command: 'exit 2' }, ctx)).toBe('(no output)\n[exit code 2]');
  });

  it('refuses deny-listed commands without running them', async () => {
    await expect(bash.run({ command: 'sudo touch marker' }, ctx)).rejects.toThrow(/refused: .*deny-list because it asks for root/);
    await expect(readFile(path.join(ws.root, 'marker'))).rejects.toThrow();
  });

  it('fails with a clear message on timeout', async () => {
    const quick = createBashTool({ timeoutMs: 200 });
    await expect(quick.run({ command: 'echo started; sleep 20' }, ctx)).rejects.toThrow(/timed out after 0.2 s; .*killed\.\nstarted/);
  });

  it('names the missing argument', async () => {
    await expect(bash.run({}, ctx)).rejects.toThrow('bash needs "command" as a string');
  });
});

describe('read_file', () => {
  it('reads a file, or only its first lines with a note of how many remain', async () => {
    await writeFile(path.join(ws.root, 'f.txt'), 'one\ntwo\nthree\nfour');
    expect(await read_file.run({ path: 'f.txt' }, ctx)).toBe('one\ntwo\nthree\nfour');
    expect(await read_file.run({ path: 'f.txt', limit: 2 }, ctx)).toBe('one\ntwo\n[2 more lines not shown; read again with a larger limit]');
    expect(await read_file.run({ path: 'f.txt', limit: 10 }, ctx)).toBe('one\ntwo\nthree\nfour');
  });

  it('explains a missing file, a directory and a bad limit', async () => {
    await expect(read_file.run({ path: 'nope.txt' }, ctx)).rejects.toThrow('no such file: nope.txt');
    await expect(read_file.run({ path: '.' }, ctx)).rejects.toThrow(/is a directory/);
    await expect(read_file.run({ path: 'x', limit: 0 }, ctx)).rejects.toThrow(/"limit" must be a whole number/);
  });

  it('refuses ../../etc/passwd and absolute paths', async () => {
    await expect(read_file.run({ path: '../../etc/passwd' }, ctx)).rejects.toThrow(ToolError);
    await expect(read_file.run({ path: '../../etc/passwd' }, ctx)).rejects.toThrow(/outside the workspace/);
    await expect(read_file.run({ path: '/etc/passwd' }, ctx)).rejects.toThrow(/absolute/);
  });
});

describe('write_file', () => {
  it('creates missing parent directories', async () => {
    expect(await write_file.run({ path: 'a/b/c.txt', content: 'héllo' }, ctx)).toBe('Wrote 6 bytes to a/b/c.txt');
    expect(await readFile(path.join(ws.root, 'a/b/c.txt'), 'utf8')).toBe('héllo');
  });

  it('refuses to write outside', async () => {
    await expect(write_file.run({ path: '../escape.txt', content: 'x' }, ctx)).rejects.toThrow(/outside the workspace/);
  });
});

describe('edit_file', () => {
  beforeEach(() => writeFile(path.join(ws.root, 'g.js'), 'const a = 1;\nconst b = 1;\n'));

  it('replaces exactly one occurrence, keeping $ patterns in new_text literal', async () => {
    await edit_file.run({ path: 'g.js', old_text: 'const a = 1;', new_text: 'const a = "$&";' }, ctx);
    expect(await readFile(path.join(ws.root, 'g.js'), 'utf8')).toBe('const a = "$&";\nconst b = 1;\n');
  });

  it('says when the text is absent', async () => {
    await expect(edit_file.run({ path: 'g.js', old_text: 'const c', new_text: '' }, ctx)).rejects.toThrow('old_text was not found in g.js');
  });

  it('says how many times an ambiguous text occurs, and changes nothing', async () => {
    await expect(edit_file.run({ path: 'g.js', old_text: '= 1;', new_text: '= 2;' }, ctx)).rejects.toThrow('old_text was found 2 times in g.js');
    expect(await readFile(path.join(ws.root, 'g.js'), 'utf8')).toBe('const a = 1;\nconst b = 1;\n');
  });
});

import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ToolError } from './types';
import { type RunWorkspace, createWorkspace } from './workspace';

const made: RunWorkspace[] = [];
const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((w) => w.dispose()));
  await Promise.all(cleanup.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function fixtures(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fixtures-'));
  cleanup.push(dir);
  await mkdir(path.join(dir, '_base', 'src'), { recursive: true });
  await writeFile(path.join(dir, '_base', 'src', 'a.js'), 'base a');
  await writeFile(path.join(dir, '_base', 'package.json'), '{}');
  await mkdir(path.join(dir, 's09', 'src'), { recursive: true });
  await writeFile(path.join(dir, 's09', 'src', 'a.js'), 'lesson a');
  return dir;
}

async function workspace(lesson = 's09', dir?: string): Promise<RunWorkspace> {
  const ws = await createWorkspace(lesson, { fixturesDir: await fixtures(), dir });
  made.push(ws);
  return ws;
}

describe('createWorkspace', () => {
  it('seeds the shared base fixture, then the lesson fixture on top of it', async () => {
    const ws = await workspace();
    expect(await readFile(path.join(ws.root, 'package.json'), 'utf8')).toBe('{}');
    expect(await readFile(path.join(ws.root, 'src', 'a.js'), 'utf8')).toBe('lesson a');
  });

  it('works for a lesson without its own fixture', async () => {
    const ws = await workspace('s01');
    expect(await readFile(path.join(ws.root, 'src', 'a.js'), 'utf8')).toBe('base a');
  });

  it('lives in a fresh agent-run-* temp dir that dispose() removes', async () => {
    const ws = await createWorkspace('s01', { fixturesDir: await fixtures() });
    expect(path.basename(ws.root)).toMatch(/^agent-run-/);
    await ws.dispose();
    expect(existsSync(ws.root)).toBe(false);
  });

  it('keeps a directory the caller supplied, and seeds it only when empty', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'keep-'));
    cleanup.push(dir);
    await writeFile(path.join(dir, 'mine.txt'), 'x');
    const ws = await workspace('s09', dir);
    await ws.dispose();
    expect(await readdir(dir)).toEqual(['mine.txt']);
  });
});

describe('resolve: every path stays inside the workspace', () => {
  it('resolves relative paths, including ones that do not exist yet', async () => {
    const ws = await workspace();
    expect(ws.resolve('src/a.js')).toBe(path.join(ws.root, 'src', 'a.js'));
    expect(ws.resolve('new/dir/file.txt')).toBe(path.join(ws.root, 'new', 'dir', 'file.txt'));
    expect(ws.resolve('src/../package.json')).toBe(path.join(ws.root, 'package.json'));
  });

  it('refuses .. escapes with an error naming the path', async () => {
    const ws = await workspace();
    expect(() => ws.resolve('../../etc/passwd')).toThrow(ToolError);
    expect(() => ws.resolve('../../etc/passwd')).toThrow('"../../etc/passwd" is outside the workspace');
    expect(() => ws.resolve('src/../../x')).toThrow(/outside the workspace/);
  });

  it('refuses absolute paths', async () => {
    const ws = await workspace();
    expect(() => ws.resolve('/etc/passwd')).toThrow(/absolute; use a path relative/);
    expect(() => ws.resolve(path.join(ws.root, 'src/a.js'))).toThrow(/absolute/);
  });

  it('refuses a symlink that leads outside, and paths through it', async () => {
    const ws = await workspace();
    const outside = await mkdtemp(path.join(os.tmpdir(), 'outside-'));
    cleanup.push(outside);
    await symlink(outside, path.join(ws.root, 'link'));
    expect(() => ws.resolve('link')).toThrow(/symlink that leads outside/);
    expect(() => ws.resolve('link/secret.txt')).toThrow(/symlink that leads outside/);
    expect(() => ws.resolve('link/new/deeper.txt')).toThrow(/symlink that leads outside/);
  });

  it('refuses a dangling symlink, so writing cannot go through it', async () => {
    const ws = await workspace();
    await symlink('/nonexistent-target-for-test/file', path.join(ws.root, 'dangling'));
    expect(() => ws.resolve('dangling')).toThrow(/broken symlink/);
  });

  it('allows a symlink that stays inside', async () => {
    const ws = await workspace();
    await symlink(path.join(ws.root, 'src'), path.join(ws.root, 'code'));
    expect(ws.resolve('code/a.js')).toBe(path.join(ws.root, 'code', 'a.js'));
  });

  it('allows a file whose name merely starts with two dots', async () => {
    const ws = await workspace();
    expect(ws.resolve('..hidden')).toBe(path.join(ws.root, '..hidden'));
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ToolContext } from '../../agent/types';
import { recordingState } from '../testing/loop-state';
import { BackgroundManager } from './background-manager';
import { createBackgroundTools } from './background-tools';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

function setup() {
  const cwd = mkdtempSync(join(tmpdir(), 'bg-tools-'));
  const { state, sink } = recordingState();
  const bg = new BackgroundManager({ cwd, sink, signal: state.signal });
  cleanup.push(async () => {
    await bg.dispose();
    rmSync(cwd, { recursive: true, force: true });
  });
  const ctx = { actor: 'main', workspace: { root: cwd, resolve: (p: string) => p }, sink, signal: state.signal } as ToolContext;
  const [run, check] = createBackgroundTools(bg);
  return { bg, ctx, run, check };
}

describe('background tools', () => {
  it('background_run returns the id at once, while the command is still running', async () => {
    const { bg, ctx, run } = setup();
    const text = await run.run({ command: 'sleep 5' }, ctx);
    expect(text).toMatch(/^Started background task bg:1 \(pid \d+\): sleep 5$/);
    expect(bg.get('1')?.status).toBe('running');
  });

  it('check_background reports one task with its output, or all of them', async () => {
    const { bg, ctx, run, check } = setup();
    await run.run({ command: 'echo hi' }, ctx);
    await run.run({ command: 'sleep 5' }, ctx);
    await bg.get('1')!.finished;
    expect(await check.run({ id: 'bg:1' }, ctx)).toMatch(/^bg:1 completed \(\d+\.\d s\): echo hi\nhi$/);
    expect((await check.run({}, ctx)).split('\n')).toEqual([
      expect.stringMatching(/^bg:1 completed .*: echo hi$/),
      expect.stringMatching(/^bg:2 running .*: sleep 5$/),
    ]);
  });

  it('refuses bad input and unknown ids with errors that say what was wrong', async () => {
    const { ctx, run, check } = setup();
    await expect(run.run({ command: '' }, ctx)).rejects.toThrow('"command" must be a non-empty string');
    await expect(run.run({ command: 'sudo rm -rf /tmp/x' }, ctx)).rejects.toThrow('refused: this command is on the deny-list');
    await expect(check.run({ id: '7' }, ctx)).rejects.toThrow('no background task "7"; none started yet');
  });
});

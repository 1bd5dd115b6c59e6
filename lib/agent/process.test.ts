import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProcess } from './process';
import { isProcessAlive } from './testing/processes';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'proc-test-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const alive = isProcessAlive;

/** A grandchild (shell → sh → sleep) that writes its pid to a file, to check it is really gone. */
const GRANDCHILD = `sh -c 'echo $$ > grandchild.pid; exec sleep 30' & wait`;

async function grandchildPid(): Promise<number> {
  for (;;) {
    const text = await readFile(path.join(dir, 'grandchild.pid'), 'utf8').catch(() => '');
    if (text.trim()) return Number(text.trim());
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('startProcess', () => {
  it('runs in the given directory and reports the exit code', async () => {
    const r = await startProcess({ command: 'pwd; exit 3', cwd: dir }).done;
    expect(r.output.trim()).toBe(dir);
    expect(r.exitCode).toBe(3);
    expect(r.timedOut || r.cancelled).toBe(false);
  });

  it('merges stdout and stderr in the order they were written', async () => {
    const r = await startProcess({ command: 'echo one; echo two >&2; echo three; nosuchcommand_xyz', cwd: dir }).done;
    expect(r.output).toMatch(/^one\ntwo\nthree\n.*nosuchcommand_xyz: not found\n$/);
  });

  it('gives the command a scrubbed environment: no API keys, HOME is the workspace', async () => {
    process.env.ANTHROPIC_API_KEY_TEST_LEAK = 'secret';
    const r = await startProcess({ command: 'env | sort', cwd: dir }).done;
    delete process.env.ANTHROPIC_API_KEY_TEST_LEAK;
    const names = r.output.trim().split('\n').map((l) => l.split('=')[0]);
    expect(names.filter((n) => !['PWD', 'SHLVL', '_', 'OLDPWD'].includes(n)).sort()).toEqual(['HOME', 'LANG', 'NO_UPDATE_NOTIFIER', 'PATH', 'TERM', 'npm_config_update_notifier']);
    expect(r.output).toContain(`HOME=${dir}`);
    expect(r.output).toContain('TERM=dumb');
  });

  it('kills the whole process group on timeout, grandchildren included', async () => {
    const proc = startProcess({ command: GRANDCHILD, cwd: dir, timeoutMs: 1_500, killGraceMs: 200 });
    const pid = await grandchildPid();
    expect(alive(pid)).toBe(true);
    const r = await proc.done;
    expect(r.timedOut).toBe(true);
    expect(alive(pid)).toBe(false);
    expect(alive(proc.pid)).toBe(false);
  });

  it('kills the whole group when the run is aborted', async () => {
    await rm(path.join(dir, 'grandchild.pid'), { force: true });
    const abort = new AbortController();
    const proc = startProcess({ command: GRANDCHILD, cwd: dir, signal: abort.signal, killGraceMs: 200 });
    const pid = await grandchildPid();
    abort.abort();
    const r = await proc.done;
    expect(r.cancelled).toBe(true);
    expect(alive(pid)).toBe(false);
  });

  it('does not wait for processes the command left running in the background, and ends them', async () => {
    await rm(path.join(dir, 'grandchild.pid'), { force: true });
    const proc = startProcess({ command: `sh -c 'echo $$ > grandchild.pid; exec sleep 30' & until [ -s grandchild.pid ]; do sleep 0.05; done; echo done`, cwd: dir });
    const r = await proc.done;
    expect(r.output).toBe('done\n');
    expect(r.exitCode).toBe(0);
    expect(alive(await grandchildPid())).toBe(false);
  });

  it('caps the output it keeps and says how much was cut', async () => {
    const chunks: string[] = [];
    const r = await startProcess({ command: 'head -c 60000 /dev/zero | tr "\\0" a', cwd: dir, onOutput: (c) => chunks.push(c) }).done;
    expect(r.truncated).toBe(true);
    expect(r.output.startsWith('a'.repeat(50_000))).toBe(true);
    expect(r.output).toContain('[output truncated: 10000 more characters not shown]');
    expect(chunks.join('').length).toBe(60_000);
  });

  it('takes every group still running down with it when the server process exits', async () => {
    await rm(path.join(dir, 'grandchild.pid'), { force: true });
    // A separate Node process starts a long command, then exits without cancelling it.
    const script = `import { startProcess } from ${JSON.stringify(path.resolve('lib/agent/process.ts'))};
      startProcess({ command: ${JSON.stringify(GRANDCHILD)}, cwd: ${JSON.stringify(dir)} });
      setTimeout(() => process.exit(0), 300);`;
    await promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['--eval', script]);
    const pid = await grandchildPid();
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive(pid)).toBe(false);
  });
});

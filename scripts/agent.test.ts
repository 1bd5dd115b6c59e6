import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '@/lib/agent/testing/until';
import { getLesson } from '@/lib/lessons/registry';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const [SLEEPS, , FAILS] = getLesson('s08').examples;
const started: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill();
});

/**
 * The terminal agent with the scripted model, its stdin a pipe the test writes to; with `terminal`, run
 * under util-linux `script`, so its stdin is a pseudo-terminal as when a person types.
 */
function startAgent(lesson: string, terminal = false): { child: ChildProcessWithoutNullStreams; output: () => string; exit: Promise<number | null> } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.ANTHROPIC_API_KEY;
  const argv = [TSX, join(process.cwd(), 'scripts/agent.ts'), lesson];
  const child = terminal
    ? spawn('script', ['-qefc', argv.join(' '), '/dev/null'], { env })
    : spawn(argv[0], argv.slice(1), { env });
  started.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, output: () => output, exit };
}

describe('the terminal REPL', () => {
  it('answers a command typed while the agent works at once, with the state as it is then', async () => {
    const agent = startAgent('s08', true);
    agent.child.stdin.write(`${SLEEPS}\n`);
    // bg:1 ends after 2 s; the turn waits for bg:3, 6 s.
    await until(() => agent.output().includes('[bg:1] completed'), 'bg:1 to finish');
    agent.child.stdin.write('/bg\n');
    await until(() => /^bg:1 completed \([\d.]+ s\): sleep 2/m.test(agent.output()), 'the /bg answer');
    expect(agent.output()).toMatch(/^bg:3 running \(/m);
    expect(agent.output()).not.toContain('All three finished');
    agent.child.stdin.write('q\n');
    expect(await agent.exit).toBe(0);
    expect(agent.output()).toContain('All three finished');
  }, 30_000);

  it('runs piped prompts and commands in order, then leaves at q', async () => {
    const agent = startAgent('s08');
    agent.child.stdin.end(`${FAILS}\n/bg\nq\nthis prompt comes after q\n`);
    expect(await agent.exit).toBe(0);
    const out = agent.output();
    expect(out).toContain('bg:1 failed with exit code 2');
    expect(out.match(/· model call 1 /g)).toHaveLength(1);
    // /bg answers after the prompt piped before it, so it shows that prompt's process.
    expect(out.indexOf('bg:1 failed (')).toBeGreaterThan(out.indexOf('bg:1 failed with exit code 2'));
  }, 30_000);

  it('knows only its own commands, and says what /inbox prints', async () => {
    const agent = startAgent('s09');
    agent.child.stdin.end('/toString\n/help\n');
    expect(await agent.exit).toBe(0);
    expect(agent.output()).toContain('unknown command /toString; try /help');
    expect(agent.output()).toContain('/inbox     show every inbox, with the mail still unread in it');
  }, 30_000);
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getLesson } from './registry';
import { getLessonModule } from './agents';
import type { TimelineEvent } from '../timeline/events';
import { createModelSeam } from '../agent/model';
import { runLesson } from './run-lesson';
import { END_OF_SCRIPT_TEXT, NO_SCRIPT_TEXT } from '../agent/scripted';
import { createSink } from '../agent/sink';
import { type RunWorkspace, createWorkspace } from '../agent/workspace';

const workspaces: RunWorkspace[] = [];
afterEach(async () => { await Promise.all(workspaces.splice(0).map((w) => w.dispose())); });

async function run(lesson: 's01' | 's02', prompt: string, extra: Partial<Parameters<typeof runLesson>[0]> = {}) {
  const workspace = await createWorkspace(lesson);
  workspaces.push(workspace);
  const sink = createSink(undefined, { collect: true });
  const model = createModelSeam({ env: {}, scripts: getLessonModule(lesson).scripts, chunkDelayMs: 0 });
  const result = await runLesson({ lesson, prompt, sink, model, workspace, ...extra });
  return { result, events: sink.events as TimelineEvent[], workspace };
}

const ofType = <K extends TimelineEvent['type']>(events: TimelineEvent[], type: K) =>
  events.filter((e): e is Extract<TimelineEvent, { type: K }> => e.type === type);

describe('every s01/s02 example runs offline, end to end, with real tools', () => {
  for (const lesson of ['s01', 's02'] as const) {
    for (const prompt of getLesson(lesson).examples) {
      it(`${lesson}: ${prompt}`, async () => {
        const { result, events } = await run(lesson, prompt);
        expect(result.outcome).toBe('completed');
        expect(result.outcome !== 'failed' && result.text).not.toMatch(/scripted model/);
        expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
        expect(events[0]).toMatchObject({ type: 'run.started', lesson, prompt, model: 'scripted', mode: 'scripted' });
        expect(events.at(-1)).toMatchObject({ type: 'run.finished', outcome: 'completed' });
        expect(ofType(events, 'tool.call').length).toBeGreaterThan(0);
        // Each tool call is answered by a result with the same id, and the model saw it next.
        for (const call of ofType(events, 'tool.call')) {
          expect(ofType(events, 'tool.result').some((r) => r.id === call.id)).toBe(true);
        }
      });
    }
  }

  it('s01: the file the model asked for really exists afterwards', async () => {
    const { workspace } = await run('s01', 'Create hello.txt containing "hello, agent" and show it.');
    expect(readFileSync(path.join(workspace.root, 'hello.txt'), 'utf8')).toBe('hello, agent\n');
  });

  it('s02: the edit really lands in src/greet.js', async () => {
    const { workspace, result } = await run('s02', 'Add a farewell function to src/greet.js next to greet.');
    expect(readFileSync(path.join(workspace.root, 'src/greet.js'), 'utf8')).toContain('export function farewell(name)');
    expect(result.outcome !== 'failed' && result.text).toContain('Goodbye, Ada!');
  });

  it('s02: ../../etc/passwd and sudo are refused, and the model is told why', async () => {
    const { events } = await run('s02', 'Try to read ../../etc/passwd.');
    const results = ofType(events, 'tool.result');
    expect(results.map((r) => r.isError)).toEqual([true, true]);
    expect(results[0].output).toMatch(/outside the workspace/);
    expect(results[1].output).toMatch(/deny-list.*root privileges/);
    expect(results.some((r) => r.output.includes('root:x:0:0'))).toBe(false);
  });
});

describe('runLesson outcomes', () => {
  it('a prompt without a script completes with the scripted model explaining itself', async () => {
    const { result } = await run('s01', 'Write me a compiler.');
    expect(result).toEqual({ outcome: 'completed', text: NO_SCRIPT_TEXT });
  });

  it('stops at the turn cap with outcome turn_limit', async () => {
    const { result, events } = await run('s02', 'Add a farewell function to src/greet.js next to greet.', { maxTurns: 2 });
    expect(result.outcome).toBe('turn_limit');
    expect(ofType(events, 'llm.request')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', outcome: 'turn_limit' });
  });

  it('a cancelled run ends with run.finished cancelled, as the last event', async () => {
    const abort = new AbortController();
    abort.abort();
    const { result, events } = await run('s01', 'List the files in this project and tell me what it does.', { signal: abort.signal });
    expect(result.outcome).toBe('cancelled');
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', outcome: 'cancelled' });
  });

  it('cancelling mid-command kills the command and ends the run as cancelled', async () => {
    const abort = new AbortController();
    const workspace = await createWorkspace('s01');
    workspaces.push(workspace);
    const model = createModelSeam({
      env: {}, chunkDelayMs: 0,
      scripts: [{ prompt: 'wait', turns: [{ tools: [{ name: 'bash', input: { command: 'sleep 30' } }] }] }],
    });
    const sink = createSink((e) => { if (e.type === 'tool.call') setTimeout(() => abort.abort(), 50); }, { collect: true });
    const result = await runLesson({ lesson: 's01', prompt: 'wait', sink, model, workspace, signal: abort.signal });
    expect(result.outcome).toBe('cancelled');
    expect(ofType(sink.events as TimelineEvent[], 'tool.result')).toHaveLength(0);
  });

  it('a run past its time limit ends with outcome time_limit', async () => {
    const workspace = await createWorkspace('s01');
    workspaces.push(workspace);
    const model = createModelSeam({
      env: {}, chunkDelayMs: 0,
      scripts: [{ prompt: 'slow', turns: [{ tools: [{ name: 'bash', input: { command: 'sleep 30' } }] }] }],
    });
    const sink = createSink(undefined, { collect: true });
    const result = await runLesson({ lesson: 's01', prompt: 'slow', sink, model, workspace, timeLimitMs: 300 });
    expect(result.outcome).toBe('time_limit');
    expect(sink.events.at(-1)).toMatchObject({ type: 'run.finished', outcome: 'time_limit' });
  });

  it('a REPL-style second prompt gets the end-of-script reply, and its own turn budget', async () => {
    const workspace = await createWorkspace('s01');
    workspaces.push(workspace);
    const rt = {
      lesson: 's01' as const, sink: createSink(), workspace, signal: new AbortController().signal, limits: { maxTurns: 2 },
      model: createModelSeam({ env: {}, scripts: getLessonModule('s01').scripts, chunkDelayMs: 0 }),
    };
    const agent = getLessonModule('s01').createAgent(rt);
    expect(await agent.send('Create hello.txt containing "hello, agent" and show it.')).toContain('hello, agent');
    expect(await agent.send('Thanks! Anything else?')).toBe(END_OF_SCRIPT_TEXT);
    expect(existsSync(path.join(workspace.root, 'hello.txt'))).toBe(true);
  });
});

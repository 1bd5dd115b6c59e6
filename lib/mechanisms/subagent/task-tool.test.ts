import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newLoopState, runLoop } from '../../agent/loop';
import { appendMessages } from '../../agent/messages';
import { createModelSeam } from '../../agent/model';
import type { Script } from '../../agent/script';
import { createSink } from '../../agent/sink';
import { baseTools } from '../../agent/tools/base';
import { createWorkspace, type RunWorkspace } from '../../agent/workspace';
import { createTaskTool } from './task-tool';

const PARENT = 'Find out what notes.txt says, using a subagent.';
const CHILD = 'Read notes.txt and report what it says.';
const scripts: Script[] = [
  { prompt: PARENT, turns: [{ tools: [{ name: 'task', input: { prompt: CHILD, description: 'read the notes' } }] }, { text: 'The notes say hello.' }] },
  {
    prompt: CHILD,
    turns: [
      { tools: [{ name: 'task', input: { prompt: 'spawn a grandchild' } }, { name: 'read_file', input: { path: 'notes.txt' } }] },
      { text: 'notes.txt says: hello from the notes' },
    ],
  },
];

let workspace: RunWorkspace;
beforeEach(async () => {
  workspace = await createWorkspace('none', { fixturesDir: '/nonexistent' });
  await writeFile(join(workspace.root, 'notes.txt'), 'hello from the notes\n'.repeat(20));
});
afterEach(() => workspace.dispose());

async function runParent() {
  const model = createModelSeam({ env: {}, scripts, chunkDelayMs: 0 });
  const sink = createSink(undefined, { collect: true });
  const task = createTaskTool({ model, workspace, tools: Object.values(baseTools) });
  const state = newLoopState('main', sink, new AbortController().signal);
  appendMessages(state, { role: 'user', content: PARENT });
  const text = await runLoop({ actor: 'main', system: 'parent', tools: [...Object.values(baseTools), task], hooks: [], maxTurns: 5 }, state, { model, workspace });
  return { text, state, events: sink.events };
}

describe('task tool (subagent)', () => {
  it('returns only the child\'s final text; the parent\'s context never sees the child\'s work', async () => {
    const { text, state } = await runParent();
    expect(text).toBe('The notes say hello.');
    const results = state.messages.flatMap((m) => (typeof m.content === 'string' ? [] : m.content.filter((b) => b.type === 'tool_result')));
    expect(results).toMatchObject([{ content: 'notes.txt says: hello from the notes' }]);
    expect(JSON.stringify(state.messages)).not.toContain('read_file');
  });

  it('gives the child its own actor, so its events get their own lane', async () => {
    const { events } = await runParent();
    expect(events.filter((e) => e.type === 'subagent.started')).toMatchObject([{ actor: 'main', id: '1', prompt: CHILD }]);
    expect(events.filter((e) => e.type === 'subagent.finished')).toMatchObject([{ actor: 'main', id: '1', turns: 2 }]);
    const childCalls = events.filter((e) => e.type === 'tool.call' && e.actor === 'sub:1').map((e) => e.type === 'tool.call' && e.name);
    expect(childCalls).toEqual(['task', 'read_file']);
    expect(events.filter((e) => e.type === 'llm.request').map((e) => e.actor)).toEqual(['main', 'sub:1', 'sub:1', 'main']);
  });

  it('children cannot spawn children: the child has no task tool', async () => {
    const { events } = await runParent();
    const refused = events.find((e) => e.type === 'tool.result' && e.actor === 'sub:1' && e.name === 'task');
    expect(refused).toMatchObject({ isError: true, output: expect.stringContaining('unknown tool "task"') });
    expect(events.filter((e) => e.type === 'subagent.started')).toHaveLength(1);
  });

  it('a child that hits its turn cap is reported to the parent as an error', async () => {
    const model = createModelSeam({
      env: {}, chunkDelayMs: 0,
      scripts: [{ prompt: 'loop forever', turns: Array.from({ length: 5 }, () => ({ tools: [{ name: 'bash', input: { command: 'true' } }] })) }],
    });
    const sink = createSink(undefined, { collect: true });
    const task = createTaskTool({ model, workspace, tools: Object.values(baseTools), maxTurns: 2 });
    const ctx = { actor: 'main' as const, workspace, sink, signal: new AbortController().signal };
    await expect(task.run({ prompt: 'loop forever' }, ctx)).rejects.toThrow('the subagent stopped at its cap of 2 turns');
    expect(sink.events.filter((e) => e.type === 'subagent.finished')).toMatchObject([{ turns: 2 }]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingState } from '../testing/loop-state';
import { BackgroundManager } from './background-manager';
import { drainNotifications, waitForBackground } from './background-hooks';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

function setup() {
  const cwd = mkdtempSync(join(tmpdir(), 'bg-hooks-'));
  const { state, sink } = recordingState();
  const bg = new BackgroundManager({ cwd, sink, signal: state.signal });
  cleanup.push(async () => {
    await bg.dispose();
    rmSync(cwd, { recursive: true, force: true });
  });
  return { state, sink, bg, drain: drainNotifications(bg), wait: waitForBackground(bg) };
}

describe('drainNotifications (before every model call)', () => {
  it('joins the results to the tool results the model is about to read, as one text block', async () => {
    const { state, bg, drain, sink } = setup();
    state.messages.push(
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'background_run', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'Started' }] },
    );
    state.turn = 1;
    await bg.run('echo done').finished;
    await drain.beforeModelCall!(state);

    expect(state.messages).toHaveLength(3);
    expect(state.messages[2].content).toEqual([
      { type: 'tool_result', tool_use_id: 't1', content: 'Started' },
      { type: 'text', text: '<background-results>\n[bg:1] completed: done\n</background-results>' },
    ]);
    expect(sink.ofType('queue.drained')).toMatchObject([{ actor: 'main', ids: ['1'], beforeTurn: 2 }]);
  });

  it('hands each result over exactly once', async () => {
    const { state, bg, drain, sink } = setup();
    state.messages.push({ role: 'user', content: 'go' });
    await bg.run('echo a').finished;
    await drain.beforeModelCall!(state);
    state.messages.push({ role: 'assistant', content: 'ok' });
    await drain.beforeModelCall!(state);
    await bg.run('echo b').finished;
    await drain.beforeModelCall!(state);

    const texts = JSON.stringify(state.messages);
    expect(texts.match(/\[bg:1\]/g)).toHaveLength(1);
    expect(texts.match(/\[bg:2\]/g)).toHaveLength(1);
    expect(sink.ofType('queue.drained').map((e) => e.ids)).toEqual([['1'], ['2']]);
  });

  it('changes nothing when nothing has finished', async () => {
    const { state, bg, drain, sink } = setup();
    state.messages.push({ role: 'user', content: 'go' });
    bg.run('sleep 5');
    await drain.beforeModelCall!(state);
    expect(state.messages).toEqual([{ role: 'user', content: 'go' }]);
    expect(sink.events).toHaveLength(1); // bg.started only
  });
});

describe('waitForBackground (end of turn)', () => {
  it('waits for running processes, then asks the loop to go round so the results reach the model', async () => {
    const { state, bg, wait, drain, sink } = setup();
    state.messages.push({ role: 'user', content: 'go' }, { role: 'assistant', content: 'waiting' });
    const job = bg.run('sleep 0.3; echo late');

    expect(await wait.onEndTurn!(state)).toBe(true);
    expect(job.status).toBe('completed');
    expect(sink.ofType('loop.waiting')).toMatchObject([{ actor: 'main', for: ['bg:1'] }]);

    await drain.beforeModelCall!(state);
    expect(state.messages.at(-1)).toEqual({
      role: 'user', content: [{ type: 'text', text: '<background-results>\n[bg:1] completed: late\n</background-results>' }],
    });
    expect(await wait.onEndTurn!(state)).toBe(false);
  });

  it('lets the turn end when nothing is running or waiting', async () => {
    const { state, wait, sink } = setup();
    expect(await wait.onEndTurn!(state)).toBe(false);
    expect(sink.ofType('loop.waiting')).toEqual([]);
  });

  it('stops waiting when the run is cancelled', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bg-hooks-'));
    const { state, sink } = recordingState();
    const run = new AbortController();
    const bg = new BackgroundManager({ cwd, sink, signal: run.signal });
    const cancelled = { ...state, signal: run.signal };
    cleanup.push(async () => {
      await bg.dispose();
      rmSync(cwd, { recursive: true, force: true });
    });
    bg.run('sleep 30');
    const waiting = waitForBackground(bg).onEndTurn!(cancelled);
    run.abort(new Error('cancelled by the user'));
    await expect(waiting).rejects.toThrow('cancelled by the user');
  });
});

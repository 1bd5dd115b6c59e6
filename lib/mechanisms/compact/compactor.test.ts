import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModelSeam } from '../../agent/model';
import { COMPACT_SUMMARY_MARKER } from '../../agent/scripted';
import type { Workspace } from '../../agent/types';
import type { Message } from '../../timeline/events';
import { recordingState } from '../testing/loop-state';
import { Compactor } from './compactor';

const PROMPT = 'Read every file and summarise.';
const model = createModelSeam({ env: {}, scripts: [{ prompt: PROMPT, turns: [] }], chunkDelayMs: 0 });

let workspace: Workspace;
beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'compact-'));
  workspace = { root, resolve: (p) => join(root, p) };
});
afterEach(() => rm(workspace.root, { recursive: true, force: true }));

function historyOfReads(count: number, size: number): Message[] {
  const messages: Message[] = [{ role: 'user', content: PROMPT }];
  for (let i = 0; i < count; i++) {
    messages.push({ role: 'assistant', content: [{ type: 'tool_use', id: `t${i}`, name: 'read_file', input: { path: `f${i}` } }] });
    messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: `t${i}`, content: `${i}`.repeat(size) }] });
  }
  return messages;
}

function setup(autoCompactTokens: number, history: Message[]) {
  const compactor = new Compactor({ model, workspace, system: 'You are a test agent.', autoCompactTokens });
  const ctx = recordingState();
  ctx.state.messages.push(...history);
  return { compactor, hook: compactor.hooks(), ...ctx };
}

describe('Compactor', () => {
  it('micro-compacts before a call and reports how many results it replaced', async () => {
    const { hook, state, sink } = setup(1_000_000, historyOfReads(5, 400));
    await hook.beforeModelCall!(state);
    const [event] = sink.ofType('context.compacted');
    expect(event).toMatchObject({ layer: 'micro', replaced: 2 });
    expect(event.tokensAfter).toBeLessThan(event.tokensBefore);
    expect(sink.ofType('messages.replaced')).toMatchObject([{ reason: 'micro-compact' }]);
  });

  it('emits nothing when micro-compaction would change nothing', async () => {
    const { hook, state, sink } = setup(1_000_000, historyOfReads(3, 400));
    await hook.beforeModelCall!(state);
    expect(sink.events).toEqual([]);
  });

  it('past the threshold: saves the transcript and replaces the history with a model-written summary', async () => {
    const history = historyOfReads(3, 2000);
    const { hook, state, sink } = setup(1000, history);
    await hook.beforeModelCall!(state);

    const [event] = sink.ofType('context.compacted');
    expect(event).toMatchObject({ layer: 'auto', transcriptPath: expect.stringMatching(/^\.transcripts\/transcript_.+\.jsonl$/) });
    expect(event.tokensBefore).toBeGreaterThan(1000);
    expect(event.tokensAfter).toBeLessThan(200);

    const saved = (await readFile(join(workspace.root, event.transcriptPath!), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(saved).toEqual(history);

    expect(state.messages).toHaveLength(1);
    const only = state.messages[0];
    expect(only.role).toBe('user');
    expect(String(only.content).startsWith(COMPACT_SUMMARY_MARKER)).toBe(true);
    expect(only.content).toContain(PROMPT); // the summary keeps the task
    expect(only.content).toContain(event.transcriptPath);
  });

  it('the compact tool compacts at the next model call even below the threshold', async () => {
    const { compactor, hook, state, sink } = setup(1_000_000, historyOfReads(2, 50));
    await hook.beforeModelCall!(state);
    expect(sink.ofType('context.compacted')).toEqual([]);
    compactor.requestManual();
    await hook.beforeModelCall!(state);
    expect(sink.ofType('context.compacted')).toMatchObject([{ layer: 'manual' }]);
    expect(sink.ofType('messages.replaced')).toMatchObject([{ reason: 'manual-compact' }]);
    await hook.beforeModelCall!(state);
    expect(sink.ofType('context.compacted')).toHaveLength(1);
  });

  it('the saved transcript holds the full text of results that micro-compaction had replaced', async () => {
    const history = historyOfReads(5, 2000);
    const { hook, state, sink } = setup(1000, history);
    await hook.beforeModelCall!(state);
    expect(sink.ofType('context.compacted').map((e) => e.layer)).toEqual(['micro', 'auto']);
    const { transcriptPath } = sink.ofType('context.compacted')[1];
    const saved = await readFile(join(workspace.root, transcriptPath!), 'utf8');
    expect(saved).not.toContain('[Previous:');
    expect(saved.trim().split('\n').map((l) => JSON.parse(l))).toEqual(history);
  });

  it('does not summarise a history that is only the last summary, however low the threshold', async () => {
    const { hook, state, sink } = setup(1, historyOfReads(1, 50));
    await hook.beforeModelCall!(state);
    expect(state.messages).toHaveLength(1);
    await hook.beforeModelCall!(state);
    await hook.beforeModelCall!(state);
    expect(sink.ofType('context.compacted').filter((e) => e.layer === 'auto')).toHaveLength(1);
  });
});

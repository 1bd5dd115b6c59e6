import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLesson } from './registry';
import { runExample, toolErrors } from './testing/run-example';

const [PAIR, HAIKU, STANDUP] = getLesson('s09').examples;

function roster(root: string) {
  return JSON.parse(readFileSync(join(root, '.team', 'config.json'), 'utf8')).members as { name: string; status: string }[];
}

describe('s09 agent teams: the examples run offline end to end', () => {
  it('alice writes add.js, bob tests it after her message, and the lead gets both reports', async () => {
    const run = await runExample('s09', PAIR);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(readFileSync(join(run.workspace.root, 'add.js'), 'utf8')).toContain('export function add');
      // Each teammate is its own lane; bob's test ran in his.
      expect(run.of('mate.spawned').map((e) => e.actor)).toEqual(['mate:bob', 'mate:alice']);
      const test = run.of('tool.result').find((e) => e.name === 'bash')!;
      expect(test).toMatchObject({ actor: 'mate:bob', output: 'add.js: 2 checks passed\n', isError: false });
      // Bob tested only after alice told him.
      const toBob = run.of('mail.sent').find((e) => e.from === 'alice' && e.to === 'bob')!;
      expect(toBob.seq).toBeLessThan(test.seq);
      expect(run.of('loop.waiting')[0]).toMatchObject({ actor: 'main' });
      expect(run.result.outcome === 'completed' && run.result.text).toMatch(/alice: add.js is written[\s\S]*bob: Tested add.js: add.js: 2 checks passed/);
      expect(roster(run.workspace.root).map((m) => m.name)).toEqual(['bob', 'alice']);
      expect(readFileSync(join(run.workspace.root, '.team', 'inbox', 'lead.jsonl'), 'utf8')).toBe('');
    } finally {
      await run.workspace.dispose();
    }
  });

  it('the haiku reaches the lead through its inbox', async () => {
    const run = await runExample('s09', HAIKU);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(readFileSync(join(run.workspace.root, 'haiku.txt'), 'utf8')).toContain('the loop asks the model twice');
      expect(run.result.outcome === 'completed' && run.result.text).toContain("The poet's haiku, from my inbox:\n\nCall, then act, then call");
      expect(run.of('mail.read').filter((e) => e.name === 'lead').reduce((n, e) => n + e.count, 0)).toBe(1);
    } finally {
      await run.workspace.dispose();
    }
  });

  it('a broadcast lands in both inboxes and both teammates acknowledge it', async () => {
    const run = await runExample('s09', STANDUP);
    try {
      expect(run.result.outcome).toBe('completed');
      expect(toolErrors(run)).toEqual([]);
      expect(run.of('mail.sent').filter((e) => e.msgType === 'broadcast').map((e) => [e.to, e.content])).toEqual([
        ['ann', 'standup in 5'], ['ben', 'standup in 5'],
      ]);
      expect(run.result.outcome === 'completed' && run.result.text).toMatch(/ann: Got it: "standup in 5"[\s\S]*ben: Got it|ben: Got it[\s\S]*ann: Got it/);
    } finally {
      await run.workspace.dispose();
    }
  });
});

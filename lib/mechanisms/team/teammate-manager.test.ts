import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newLoopState, runLoop } from '../../agent/loop';
import { appendMessages } from '../../agent/messages';
import type { Script, ScriptRequest } from '../../agent/script';
import { baseTools } from '../../agent/tools/base';
import { type ScriptedRuntime, scriptedRuntime } from '../testing/scripted-runtime';
import { LEAD } from './roster';
import { readInboxBeforeCall, waitForTeam } from './team-hooks';
import { createLeadTeamTools, createMateMailTools } from './team-tools';
import { TeammateManager } from './teammate-manager';

const WRITER = 'Write hello.txt, then tell the lead.';
const lastUserText = (req: ScriptRequest) => JSON.stringify(req.messages.at(-1)?.content ?? '');

const scripts: Script[] = [
  {
    prompt: WRITER,
    turns: [
      { tools: [{ name: 'write_file', input: { path: 'hello.txt', content: 'hello' } }] },
      { tools: [{ name: 'send_message', input: { to: 'lead', content: 'hello.txt is written' } }] },
      { text: 'Done; waiting for mail.' },
      (req) => ({ tools: [{ name: 'send_message', input: { to: 'lead', content: `got: ${lastUserText(req).includes('again') ? 'again' : '?'}` } }] }),
      { text: 'Replied.' },
    ],
  },
  {
    prompt: 'Lead: get hello.txt written by alice.',
    turns: [
      { tools: [{ name: 'spawn_teammate', input: { name: 'alice', role: 'writer', prompt: WRITER } }] },
      { text: 'Alice is on it; I will wait for her report.' },
      (req) => ({ text: `Alice reports: ${lastUserText(req).includes('hello.txt is written') ? 'hello.txt is written' : 'nothing'}` }),
    ],
  },
];

let env: ScriptedRuntime;
let team: TeammateManager;
afterEach(async () => {
  await team.dispose();
  env.cleanup();
});

function setup() {
  env = scriptedRuntime(scripts);
  team = new TeammateManager({
    model: env.model, workspace: env.workspace, sink: env.sink, signal: env.run.signal, maxTurns: 10,
    setup: (mate, t) => ({
      system: `You are ${mate.name}.`,
      tools: [...Object.values(baseTools), ...createMateMailTools(t, mate.name)],
      hooks: [readInboxBeforeCall(t, mate.name)],
    }),
  });
}

const settled = () => team.changes.until(() => team.busy().length === 0, env.run.signal);

describe('TeammateManager', () => {
  it('spawn returns at once while the teammate works in its own loop, under its own actor', async () => {
    setup();
    const alice = team.spawn('alice', 'writer', WRITER);
    expect(team.roster.get('alice')?.status).toBe('working');
    expect(existsSync(join(env.workspace.root, 'hello.txt'))).toBe(false);

    await settled();
    expect(readFileSync(join(env.workspace.root, 'hello.txt'), 'utf8')).toBe('hello');
    expect(team.roster.get('alice')?.status).toBe('idle');
    expect(alice.state.messages[0]).toEqual({ role: 'user', content: WRITER });
    expect(env.sink.ofType('llm.request').every((e) => e.actor === 'mate:alice')).toBe(true);
    expect(env.sink.ofType('mate.status').map((e) => e.status)).toEqual(['idle']);
    expect(env.sink.ofType('mail.sent')).toMatchObject([{ actor: 'mate:alice', from: 'alice', to: 'lead', content: 'hello.txt is written' }]);
    await team.roster.flushed();
    const config = JSON.parse(readFileSync(join(env.workspace.root, '.team', 'config.json'), 'utf8'));
    expect(config.members).toEqual([{ name: 'alice', role: 'writer', status: 'idle' }]);
  });

  it('an idle teammate wakes up when mail arrives and reads it before its next model call', async () => {
    setup();
    team.spawn('alice', 'writer', WRITER);
    await settled();
    await team.bus.read(LEAD);
    await team.bus.send({ to: 'alice', from: LEAD, type: 'message', content: 'again' });
    await settled();
    expect((await team.bus.read(LEAD)).map((m) => m.content)).toEqual(['got: again']);
    expect(env.sink.ofType('mate.status').map((e) => e.status)).toEqual(['idle', 'working', 'idle']);
    expect(env.sink.ofType('mail.read')).toMatchObject([{ actor: 'mate:alice', name: 'alice', count: 1 }]);
  });

  it('the lead waits at the end of its turn until the team is done, then reads the reports', async () => {
    setup();
    const lead = newLoopState('main', env.sink, env.run.signal);
    appendMessages(lead, { role: 'user', content: 'Lead: get hello.txt written by alice.' });
    const text = await runLoop(
      {
        actor: 'main', system: 'lead', maxTurns: 10, tools: createLeadTeamTools(team),
        hooks: [readInboxBeforeCall(team, LEAD), waitForTeam(team)],
      },
      lead,
      { model: env.model, workspace: env.workspace },
    );
    expect(text).toBe('Alice reports: hello.txt is written');
    expect(env.sink.ofType('loop.waiting')).toMatchObject([{ actor: 'main', for: ['mate:alice'] }]);
    expect(env.sink.ofType('mail.read')).toMatchObject([{ actor: 'main', name: 'lead', count: 1 }]);
  });

  it('a teammate whose loop fails tells the lead why and is marked shut down', async () => {
    setup();
    const capped = new TeammateManager({
      model: env.model, workspace: env.workspace, sink: env.sink, signal: env.run.signal, maxTurns: 1,
      setup: (mate, t) => ({ system: `You are ${mate.name}.`, tools: [...Object.values(baseTools), ...createMateMailTools(t, mate.name)], hooks: [] }),
    });
    capped.spawn('alice', 'writer', WRITER);
    await capped.changes.until(() => capped.roster.get('alice')?.status === 'shutdown', env.run.signal);
    expect(await capped.bus.read(LEAD)).toMatchObject([{ from: 'alice', content: 'alice stopped: stopped after 1 model calls (the turn cap)' }]);
    await capped.dispose();
  });

  it('dispose stops every teammate and marks it shut down', async () => {
    setup();
    team.spawn('alice', 'writer', WRITER);
    await team.dispose();
    expect(team.roster.get('alice')?.status).toBe('shutdown');
    expect(env.sink.ofType('mate.status').at(-1)).toMatchObject({ actor: 'mate:alice', status: 'shutdown' });
  });
});

describe('team tools', () => {
  it('refuse bad names, duplicates, unknown recipients and protocol message types with clear errors', async () => {
    setup();
    const [spawn, , send] = createLeadTeamTools(team);
    const ctx = { actor: 'main' as const, workspace: env.workspace, sink: env.sink, signal: env.run.signal };
    await expect(spawn.run({ name: 'Alice!', role: 'r', prompt: 'p' }, ctx)).rejects.toThrow('"name" must be 1-24 lowercase letters');
    await expect(spawn.run({ name: 'lead', role: 'r', prompt: 'p' }, ctx)).rejects.toThrow('"lead" is the team lead');
    await spawn.run({ name: 'alice', role: 'writer', prompt: WRITER }, ctx);
    await expect(spawn.run({ name: 'alice', role: 'r', prompt: 'p' }, ctx)).rejects.toThrow('alice is already on the team');
    await expect(send.run({ to: 'zed', content: 'hi' }, ctx)).rejects.toThrow('no team member named "zed"; members: alice');
    await expect(send.run({ to: 'alice', content: 'hi', msg_type: 'shutdown_request' }, ctx)).rejects.toThrow(
      'msg_type "shutdown_request" is not one you can send; send_message sends plain messages',
    );
  });

  it('a msg_type error names the tool that sends it only when the caller has that tool', async () => {
    setup();
    const [spawn, , leadSend] = createLeadTeamTools(team, ['shutdown_request', 'plan_review']);
    const ctx = { actor: 'main' as const, workspace: env.workspace, sink: env.sink, signal: env.run.signal };
    await spawn.run({ name: 'alice', role: 'writer', prompt: WRITER }, ctx);
    await expect(leadSend.run({ to: 'alice', content: 'hi', msg_type: 'shutdown_request' }, ctx)).rejects.toThrow(
      'msg_type "shutdown_request" is sent with the shutdown_request tool',
    );
    await expect(leadSend.run({ to: 'alice', content: 'hi', msg_type: 'broadcast' }, ctx)).rejects.toThrow(
      'msg_type "broadcast" is sent with the broadcast tool',
    );
    await expect(leadSend.run({ to: 'alice', content: 'hi', msg_type: 'shutdown_response' }, ctx)).rejects.toThrow(
      'msg_type "shutdown_response" is not one you can send',
    );
    const [mateSend] = createMateMailTools(team, 'alice', ['shutdown_response', 'plan_approval']);
    await expect(mateSend.run({ to: LEAD, content: 'hi', msg_type: 'broadcast' }, { ...ctx, actor: 'mate:alice' })).rejects.toThrow(
      'msg_type "broadcast" is not one you can send',
    );
  });
});

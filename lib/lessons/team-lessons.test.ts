// The registry lists each lesson's tools; in the team lessons they are split between the lead and its
// teammates. Checked against what the model really receives, through a loopback model server.
import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { createSink } from '../agent/sink';
import { startLoopbackModel } from '../agent/testing/loopback-server';
import { createWorkspace } from '../agent/workspace';
import { getLessonModule } from './agents';
import { getLesson, type LessonId } from './registry';

async function toolsOffered(lesson: LessonId): Promise<{ lead: string[]; teammate: string[] }> {
  const server = await startLoopbackModel((req) => {
    const isLead = typeof req.body.system === 'string' && req.body.system.startsWith('You are the lead');
    const first = req.body.messages.length === 1;
    if (isLead && first) return { tools: [{ name: 'spawn_teammate', input: { name: 'tess', role: 'tester', prompt: 'Say done.' } }] };
    return { text: 'done' };
  });
  const workspace = await createWorkspace(lesson);
  const agent = getLessonModule(lesson).createAgent({
    lesson, sink: createSink(), workspace, signal: new AbortController().signal, limits: { maxTurns: 5 },
    options: { pollMs: 20, idleTimeoutMs: 100 },
    model: { client: new Anthropic({ apiKey: 'test', baseURL: server.baseURL, maxRetries: 0 }), model: 'loopback', mode: 'api' },
  });
  try {
    await agent.send('go');
    const names = (system: string) => server.requests.find((r) => String(r.body.system).startsWith(system))!.body.tools!.map((t) => t.name);
    return { lead: names('You are the lead'), teammate: names("You are 'tess'") };
  } finally {
    await agent.dispose();
    await server.close();
    await workspace.dispose();
  }
}

describe('team lessons offer exactly the registry tools, split between the lead and its teammates', () => {
  it.each(['s09', 's10', 's11'] as const)('%s', async (lesson) => {
    const { lead, teammate } = await toolsOffered(lesson);
    const registry = getLesson(lesson).tools;
    expect(new Set([...lead, ...teammate])).toEqual(new Set(registry));
    // The lead's tools come in registry order; teammates never spawn or broadcast.
    expect(lead).toEqual(registry.filter((t) => lead.includes(t)));
    expect(teammate).not.toContain('spawn_teammate');
    expect(teammate).not.toContain('broadcast');
  });
});

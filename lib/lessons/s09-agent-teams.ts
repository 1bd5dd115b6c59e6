// s09 · Agent teams. The lead can spawn persistent teammates: each one is its own agent loop, with its own
// messages and system prompt, running concurrently with the lead's. They talk through append-only JSONL
// inboxes in .team/inbox/, and every member reads its inbox before each of its model calls.
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { LEAD } from '../mechanisms/team/roster';
import { readInboxBeforeCall, waitForTeam } from '../mechanisms/team/team-hooks';
import { inspectTeam } from '../mechanisms/team/team-inspect';
import { createLeadTeamTools, createMateMailTools } from '../mechanisms/team/team-tools';
import { type Teammate, TeammateManager } from '../mechanisms/team/teammate-manager';
import { scripts } from './s09-agent-teams.script';

// #region system-prompt
const SYSTEM = [
  'You are the lead of a small team of coding agents, working in a shared project directory.',
  'spawn_teammate starts a teammate that works in parallel with you; talk to teammates with send_message',
  'and broadcast. Mail for you arrives in <inbox> blocks. When you end your turn while teammates are',
  'still working, you wait for them and get their reports. When the task is done, answer briefly.',
].join('\n');

function teammateSystem(mate: Teammate): string {
  return [
    `You are '${mate.name}', a teammate with the role '${mate.role}', on a team led by '${LEAD}'.`,
    'You share the project directory with the team. Mail for you arrives in <inbox> blocks; answer with',
    'send_message. When you are done, end your turn: you wait, and new mail wakes you up.',
  ].join('\n');
}
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const team = new TeammateManager({
    model: rt.model, workspace: rt.workspace, sink: rt.sink, signal: rt.signal, maxTurns: rt.limits.maxTurns,
    setup: (mate, t) => ({
      system: teammateSystem(mate),
      tools: [...Object.values(baseTools), ...createMateMailTools(t, mate.name)],
      hooks: [readInboxBeforeCall(t, mate.name)],
    }),
  });
  const config: AgentConfig = {
    actor: 'main',
    system: SYSTEM,
    tools: [...Object.values(baseTools), ...createLeadTeamTools(team)],
    hooks: [readInboxBeforeCall(team, LEAD), waitForTeam(team)],
    maxTurns: rt.limits.maxTurns,
  };
  const state = newLoopState('main', rt.sink, rt.signal);
  return {
    async send(prompt) {
      appendMessages(state, { role: 'user', content: prompt });
      return runLoop(config, state, rt);
    },
    dispose: () => team.dispose(),
    inspect: (what) => inspectTeam(team, what),
  };
}
// #endregion

export const lesson: LessonModule = { id: 's09', createAgent, scripts };

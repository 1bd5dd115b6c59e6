// s10 · Team protocols. Some messages need an answer: the lead asks a teammate to shut down, a teammate
// asks the lead to approve a plan. Each request carries a request_id, its answer carries the same id, and
// one state machine (pending → approved | rejected) tracks both kinds.
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule } from '../agent/types';
import { renderRequests } from '../mechanisms/protocols/protocol-inspect';
import { createLeadProtocolTools, createMateProtocolTools } from '../mechanisms/protocols/protocol-tools';
import { RequestTracker } from '../mechanisms/protocols/request-tracker';
import { LEAD } from '../mechanisms/team/roster';
import { readInboxBeforeCall, waitForTeam } from '../mechanisms/team/team-hooks';
import { inspectTeam } from '../mechanisms/team/team-inspect';
import { createLeadTeamTools, createMateMailTools } from '../mechanisms/team/team-tools';
import { type Teammate, TeammateManager } from '../mechanisms/team/teammate-manager';
import { scripts } from './s10-team-protocols.script';

// #region system-prompt
const SYSTEM = [
  'You are the lead of a small team of coding agents, working in a shared project directory.',
  'spawn_teammate starts a teammate that works in parallel with you; talk to teammates with send_message',
  'and broadcast. Mail for you arrives in <inbox> blocks. When you end your turn while teammates are',
  'still working, you wait for them and get their reports.',
  'Protocols: shutdown_request asks a teammate to stop gracefully; teammates submit plans for approval,',
  'and you answer each with plan_review, using the request_id from your inbox. When the task is done,',
  'answer briefly.',
].join('\n');

function teammateSystem(mate: Teammate): string {
  return [
    `You are '${mate.name}', a teammate with the role '${mate.role}', on a team led by '${LEAD}'.`,
    'You share the project directory with the team. Mail for you arrives in <inbox> blocks; answer with',
    'send_message. When you are done, end your turn: you wait, and new mail wakes you up.',
    'Before large or risky work, submit a plan with plan_approval and wait for the review. Answer a',
    'shutdown_request with shutdown_response (its request_id); approving ends your work.',
  ].join('\n');
}
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const requests = new RequestTracker();
  const team = new TeammateManager({
    model: rt.model, workspace: rt.workspace, sink: rt.sink, signal: rt.signal, maxTurns: rt.limits.maxTurns,
    setup: (mate, t) => {
      const protocol = createMateProtocolTools(t, requests, mate);
      return {
        system: teammateSystem(mate),
        tools: [...Object.values(baseTools), ...createMateMailTools(t, mate.name, protocol.map((p) => p.name)), ...protocol],
        hooks: [readInboxBeforeCall(t, mate.name)],
      };
    },
  });
  const leadProtocol = createLeadProtocolTools(team, requests);
  const config: AgentConfig = {
    actor: 'main',
    system: SYSTEM,
    tools: [...Object.values(baseTools), ...createLeadTeamTools(team, leadProtocol.map((p) => p.name)), ...leadProtocol],
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
    inspect: (what) => (what === 'team' ? `${inspectTeam(team, 'team')}\n${renderRequests(requests)}` : inspectTeam(team, what)),
  };
}
// #endregion

export const lesson: LessonModule = { id: 's10', createAgent, scripts };

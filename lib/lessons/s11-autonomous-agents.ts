// s11 · Autonomous agents. Teammates no longer wait to be told: an idle teammate polls the task board and
// claims pending, unowned, unblocked tasks itself (atomically, so no task is taken twice), wakes for mail,
// restates its identity after its context is compacted, and shuts down after an idle timeout.
import { join } from 'node:path';
import { newLoopState, runLoop } from '../agent/loop';
import { appendMessages } from '../agent/messages';
import { baseTools } from '../agent/tools/base';
import type { AgentConfig, AgentRuntime, LessonAgent, LessonModule, Tool } from '../agent/types';
import { createClaimTool, createIdleTool } from '../mechanisms/autonomy/autonomy-tools';
import { restateIdentity } from '../mechanisms/autonomy/identity';
import { DEFAULT_IDLE_TIMING, pollWhileIdle } from '../mechanisms/autonomy/idle-poll';
import { Compactor } from '../mechanisms/compact/compactor';
import { renderRequests } from '../mechanisms/protocols/protocol-inspect';
import { createLeadProtocolTools, createMateProtocolTools } from '../mechanisms/protocols/protocol-tools';
import { RequestTracker } from '../mechanisms/protocols/request-tracker';
import { TaskBoard, createTaskTools, renderBoard } from '../mechanisms/tasks';
import { LEAD } from '../mechanisms/team/roster';
import { readInboxBeforeCall, waitForTeam } from '../mechanisms/team/team-hooks';
import { inspectTeam } from '../mechanisms/team/team-inspect';
import { createLeadTeamTools, createMateMailTools } from '../mechanisms/team/team-tools';
import { type Teammate, TeammateManager } from '../mechanisms/team/teammate-manager';
import { scripts } from './s11-autonomous-agents.script';

/** A teammate's context is summarised past this many tokens (rt.options.autoCompactTokens overrides it). */
const TEAMMATE_COMPACT_TOKENS = 30_000;

// #region system-prompt
const SYSTEM = [
  'You are the lead of a small team of autonomous coding agents, working in a shared project directory.',
  'Put work on the task board (task_create, with blockedBy for dependencies) and spawn teammates: idle',
  'teammates claim unowned, unblocked tasks by themselves. Mail for you arrives in <inbox> blocks. When you',
  'end your turn, you wait until every teammate has shut down (they do after an idle timeout), and get',
  'their reports; a plan awaiting your review wakes you earlier. Protocols from s10 still apply. When the',
  'task is done, answer briefly.',
].join('\n');

function teammateSystem(mate: Teammate): string {
  return [
    `You are '${mate.name}', an autonomous teammate with the role '${mate.role}', on a team led by '${LEAD}'.`,
    'Work comes from the task board: claim a task with claim_task (or get one handed to you in an',
    '<auto-claimed> block), do it, mark it completed with task_update, and tell the lead with send_message.',
    'When you have nothing to do, call idle: you are woken by mail or by a claimable task, and you shut',
    'down after a while without either. Answer a shutdown_request with shutdown_response.',
  ].join('\n');
}
// #endregion

// #region agent
function createAgent(rt: AgentRuntime): LessonAgent {
  const board = new TaskBoard(join(rt.workspace.root, '.tasks'));
  const boardTools = byName(createTaskTools(board));
  const requests = new RequestTracker();
  const timing = {
    pollMs: rt.options?.pollMs ?? DEFAULT_IDLE_TIMING.pollMs,
    idleTimeoutMs: rt.options?.idleTimeoutMs ?? DEFAULT_IDLE_TIMING.idleTimeoutMs,
  };
  const team = new TeammateManager({
    model: rt.model, workspace: rt.workspace, sink: rt.sink, signal: rt.signal, maxTurns: rt.limits.maxTurns,
    setup: (mate, t) => {
      const system = teammateSystem(mate);
      const compactor = new Compactor({
        model: rt.model, workspace: rt.workspace, system,
        autoCompactTokens: rt.options?.autoCompactTokens ?? TEAMMATE_COMPACT_TOKENS,
      });
      const protocol = createMateProtocolTools(t, requests, mate);
      return {
        system,
        tools: [
          ...Object.values(baseTools), ...createMateMailTools(t, mate.name, protocol.map((p) => p.name)), ...protocol,
          createIdleTool(mate), createClaimTool(board, mate), boardTools.task_create, boardTools.task_list, boardTools.task_update,
        ],
        hooks: [compactor.hooks(), restateIdentity(mate), readInboxBeforeCall(t, mate.name)],
      };
    },
    idle: pollWhileIdle(board, timing),
  });
  const leadProtocol = createLeadProtocolTools(team, requests);
  const reviewDue = () => team.bus.unread(LEAD) > 0 && requests.pendingFor(LEAD).length > 0;
  const config: AgentConfig = {
    actor: 'main',
    system: SYSTEM,
    tools: [
      ...Object.values(baseTools), ...createLeadTeamTools(team, leadProtocol.map((p) => p.name)), ...leadProtocol,
      boardTools.task_create, boardTools.task_list,
    ],
    // An idle teammate may still claim work, so the lead waits until every teammate has shut down; but a
    // plan that just arrived for review wakes it, or its author would idle until it timed out. Reading the
    // inbox clears the unread count, so a plan the lead leaves unanswered does not wake it again and again.
    hooks: [readInboxBeforeCall(team, LEAD), waitForTeam(team, 'alive', reviewDue)],
    maxTurns: rt.limits.maxTurns,
  };
  const state = newLoopState('main', rt.sink, rt.signal);
  return {
    async send(prompt) {
      appendMessages(state, { role: 'user', content: prompt });
      return runLoop(config, state, rt);
    },
    dispose: () => team.dispose(),
    inspect: (what) => {
      if (what === 'tasks') return renderBoard(board.snapshot());
      if (what === 'team') return `${inspectTeam(team, 'team')}\n${renderRequests(requests)}`;
      return inspectTeam(team, what);
    },
  };
}
// #endregion

function byName(tools: Tool[]): Record<string, Tool> {
  return Object.fromEntries(tools.map((t) => [t.name, t]));
}

export const lesson: LessonModule = { id: 's11', createAgent, scripts };

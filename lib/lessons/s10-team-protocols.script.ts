// What the scripted model says for s10's examples, per actor. Requests and answers can cross at any
// moment, so every conversation here is reactive: each step reads the request (the last tool results and
// inbox mail, with their request ids) and decides what to do next.
import type { Script, ScriptRequest, ScriptTurn } from '../agent/script';
import { lastUserText, mailIn, previousTools, reactive, requestIdIn } from './team-script-helpers';

const PLAN = 'Spawn alice, have her submit a plan for a login page, review and approve it.';
const SHUTDOWN = 'Spawn bob, then ask him to shut down gracefully.';
const REJECT = 'Spawn carol, reject her plan and tell her why.';

const ALICE = 'Plan a login page (login.html) and submit the plan for approval. Build it only once the lead approves.';
const BOB = 'You are a helper. Say hello to the lead, then wait for instructions.';
const CAROL = 'Plan a change to the users table and submit it for approval before touching anything.';

const LOGIN_PLAN = '1. login.html with an email and a password field\n2. client-side check that both are filled in\n3. POST to /login';
const LOGIN_HTML = [
  '<!doctype html>',
  '<form method="post" action="/login">',
  '  <label>Email <input type="email" name="email" required></label>',
  '  <label>Password <input type="password" name="password" required></label>',
  '  <button>Log in</button>',
  '</form>',
  '',
].join('\n');
const CAROL_PLAN = 'Drop the users table and recreate it with the new columns.';
const CAROL_FEEDBACK = 'Dropping the table loses every existing user. Write a migration that adds the columns and keeps the rows, then resubmit.';

/** Mail of one type in what the harness just handed over (tool results and inbox blocks). */
const justReceived = (req: ScriptRequest, type: string) => mailIn(lastUserText(req)).filter((m) => m.type === type);

export const scripts: Script[] = [
  {
    prompt: PLAN,
    turns: reactive((req): ScriptTurn => {
      const done = justReceived(req, 'message').find((m) => m.from === 'alice');
      if (done) return { text: `Alice's plan was approved and built: ${done.content}` };
      const plan = justReceived(req, 'plan_approval')[0];
      if (plan) {
        return {
          text: `Alice's plan (${plan.request_id}):\n\n${plan.content}\n\nIt is small and sensible. I approve it.`,
          tools: [{ name: 'plan_review', input: { request_id: plan.request_id, approve: true, feedback: 'Approved: go ahead.' } }],
        };
      }
      if (previousTools(req).length === 0) return { tools: [{ name: 'spawn_teammate', input: { name: 'alice', role: 'frontend', prompt: ALICE } }] };
      if (previousTools(req).includes('plan_review')) return { text: 'Approved. Alice builds it now; I wait for her report.' };
      return { text: "I wait for alice's plan: it will arrive in my inbox with a request_id." };
    }),
  },
  {
    prompt: ALICE,
    turns: reactive((req): ScriptTurn => {
      const review = justReceived(req, 'plan_review')[0];
      if (review?.approve) return { text: 'Approved. Building it.', tools: [{ name: 'write_file', input: { path: 'login.html', content: LOGIN_HTML } }] };
      if (review) return { tools: [{ name: 'send_message', input: { to: 'lead', content: `Understood, I will not build it: ${review.content}` } }] };
      const last = previousTools(req);
      if (last.includes('write_file')) return { tools: [{ name: 'send_message', input: { to: 'lead', content: 'login.html is built as planned.' } }] };
      if (last.includes('plan_approval')) return { text: 'Plan submitted. I wait for the review before building anything.' };
      if (last.includes('send_message')) return { text: 'Done; waiting for mail.' };
      return { tools: [{ name: 'plan_approval', input: { plan: LOGIN_PLAN } }] };
    }),
  },
  {
    prompt: SHUTDOWN,
    turns: reactive((req): ScriptTurn => {
      const answer = justReceived(req, 'shutdown_response')[0];
      if (answer) {
        return {
          text: `bob ${answer.approve ? 'approved' : 'rejected'} ${answer.request_id} ("${answer.content}"). The roster now:`,
          tools: [{ name: 'list_teammates', input: {} }],
        };
      }
      const last = previousTools(req);
      if (last.includes('list_teammates')) return { text: `Bob finished his turn and shut down gracefully:\n\n${req.lastToolResults[0] ?? ''}` };
      if (last.length === 0) return { tools: [{ name: 'spawn_teammate', input: { name: 'bob', role: 'helper', prompt: BOB } }] };
      if (last.includes('spawn_teammate')) return { text: 'Now I ask him to shut down.', tools: [{ name: 'shutdown_request', input: { teammate: 'bob' } }] };
      return { text: 'Shutdown requested. I wait for bob to answer.' };
    }),
  },
  {
    prompt: BOB,
    turns: reactive((req): ScriptTurn => {
      const requestId = requestIdIn(lastUserText(req), 'shutdown_request');
      if (requestId) {
        return {
          text: 'The lead asks me to shut down. Nothing is in progress, so I approve.',
          tools: [{ name: 'shutdown_response', input: { request_id: requestId, approve: true, reason: 'Nothing in progress; shutting down.' } }],
        };
      }
      if (previousTools(req).length === 0) return { tools: [{ name: 'send_message', input: { to: 'lead', content: 'Hello from bob; ready for instructions.' } }] };
      return { text: 'Waiting for instructions.' };
    }),
  },
  {
    prompt: REJECT,
    turns: reactive((req): ScriptTurn => {
      const reply = justReceived(req, 'message').find((m) => m.from === 'carol');
      if (reply) return { text: `I rejected carol's plan and told her why. Her answer: "${reply.content}"` };
      const plan = justReceived(req, 'plan_approval')[0];
      if (plan) {
        return {
          text: `Carol's plan (${plan.request_id}): "${plan.content}". That would delete every user, so I reject it and say why.`,
          tools: [{ name: 'plan_review', input: { request_id: plan.request_id, approve: false, feedback: CAROL_FEEDBACK } }],
        };
      }
      const last = previousTools(req);
      if (last.length === 0) return { tools: [{ name: 'spawn_teammate', input: { name: 'carol', role: 'backend', prompt: CAROL } }] };
      if (last.includes('plan_review')) return { text: 'Rejected, with the reason. I wait for her answer.' };
      return { text: "I wait for carol's plan." };
    }),
  },
  {
    prompt: CAROL,
    turns: reactive((req): ScriptTurn => {
      const review = justReceived(req, 'plan_review')[0];
      if (review && !review.approve) {
        return { tools: [{ name: 'send_message', input: { to: 'lead', content: `Understood: "${review.content}" I will rework it as a migration that keeps the rows.` } }] };
      }
      const last = previousTools(req);
      if (last.includes('plan_approval')) return { text: 'Plan submitted; I touch nothing until it is reviewed.' };
      if (last.includes('send_message')) return { text: 'Waiting for mail.' };
      return { tools: [{ name: 'plan_approval', input: { plan: CAROL_PLAN } }] };
    }),
  },
];

// What the scripted model says for s09's examples, per actor: the lead has one script per example, each
// teammate has its own, keyed by the prompt the lead spawns it with. Teammates that may receive mail at
// any moment use reactive steps that read the request instead of counting turns.
import type { Script, ScriptRequest } from '../agent/script';
import { allMail, lastUserText, mailIn, previousTools, reactive } from './team-script-helpers';

const PAIR = 'Spawn alice (coder) and bob (tester); have alice write add.js and bob test it.';
const HAIKU = 'Spawn a teammate to write a haiku, then read your inbox.';
const STANDUP = 'Broadcast "standup in 5" to a team of two.';

const ALICE = 'Write add.js exporting add(a, b). Then tell bob it is ready to test, and tell the lead it is written.';
const BOB = 'You are the tester. Wait until alice tells you a file is ready, test it, and report the result to the lead.';
const POET = 'Write a haiku about agent loops to haiku.txt and send it to the lead.';
const MEMBER = 'You are on a team of two. Wait for announcements from the lead and acknowledge each one.';

const ADD_JS = 'export function add(a, b) {\n  return a + b;\n}\n';
const ADD_CHECK =
  `node --input-type=module -e "import assert from 'node:assert/strict'; import { add } from './add.js'; ` +
  `assert.equal(add(2, 3), 5); assert.equal(add(-1, 1), 0); console.log('add.js: 2 checks passed')"`;
const HAIKU_TEXT = 'Call, then act, then call—\nthe loop asks the model twice;\ntools answer once more.';

const reports = (req: ScriptRequest) => allMail(req).filter((m) => m.type === 'message');

export const scripts: Script[] = [
  {
    prompt: PAIR,
    turns: [
      {
        text: 'I spawn bob first, so he is already listening when alice tells him add.js is ready.',
        tools: [
          { name: 'spawn_teammate', input: { name: 'bob', role: 'tester', prompt: BOB } },
          { name: 'spawn_teammate', input: { name: 'alice', role: 'coder', prompt: ALICE } },
        ],
      },
      { text: 'Both are at work in parallel. I end my turn: the loop waits for the team and hands me their reports.' },
      (req) => ({
        text: `The team is done:\n\n${reports(req).map((m) => `- ${m.from}: ${m.content}`).join('\n')}`,
      }),
    ],
  },
  {
    prompt: ALICE,
    turns: [
      { tools: [{ name: 'write_file', input: { path: 'add.js', content: ADD_JS } }] },
      {
        tools: [
          { name: 'send_message', input: { to: 'bob', content: 'add.js is ready: it exports add(a, b). Please test it.' } },
          { name: 'send_message', input: { to: 'lead', content: 'add.js is written; it exports add(a, b). Bob is testing it.' } },
        ],
      },
      { text: 'add.js is written and bob knows. I wait for mail.' },
    ],
  },
  {
    prompt: BOB,
    turns: reactive((req) => {
      const last = previousTools(req);
      if (last.includes('bash')) {
        return { tools: [{ name: 'send_message', input: { to: 'lead', content: `Tested add.js: ${req.lastToolResults[0]?.trim()}` } }] };
      }
      if (last.includes('send_message')) return { text: 'Reported to the lead. Waiting for more work.' };
      if (mailIn(lastUserText(req)).some((m) => m.from === 'alice')) {
        return { text: 'Alice says add.js is ready. Testing it.', tools: [{ name: 'bash', input: { command: ADD_CHECK } }] };
      }
      return { text: 'Nothing to test yet: I wait for alice.' };
    }),
  },
  {
    prompt: HAIKU,
    turns: [
      { tools: [{ name: 'spawn_teammate', input: { name: 'poet', role: 'poet', prompt: POET } }] },
      { text: 'The poet is writing. Let me read my inbox.', tools: [{ name: 'read_inbox', input: {} }] },
      haikuOrWait,
      haikuOrWait,
    ],
  },
  {
    prompt: POET,
    turns: [
      { tools: [{ name: 'write_file', input: { path: 'haiku.txt', content: `${HAIKU_TEXT}\n` } }] },
      { tools: [{ name: 'send_message', input: { to: 'lead', content: HAIKU_TEXT } }] },
      { text: 'Written to haiku.txt and sent to the lead.' },
    ],
  },
  {
    prompt: STANDUP,
    turns: [
      {
        tools: [
          { name: 'spawn_teammate', input: { name: 'ann', role: 'developer', prompt: MEMBER } },
          { name: 'spawn_teammate', input: { name: 'ben', role: 'developer', prompt: MEMBER } },
        ],
      },
      { tools: [{ name: 'broadcast', input: { content: 'standup in 5' } }] },
      { text: 'Broadcast sent to the team of two. I wait for their acknowledgements.' },
      (req) => ({ text: `Both got it:\n\n${reports(req).map((m) => `- ${m.from}: ${m.content}`).join('\n')}` }),
    ],
  },
  {
    prompt: MEMBER,
    turns: reactive((req) => {
      if (previousTools(req).includes('send_message')) return { text: 'Acknowledged. Waiting for the next announcement.' };
      const announcement = mailIn(lastUserText(req)).find((m) => m.type === 'broadcast');
      if (announcement) {
        return { tools: [{ name: 'send_message', input: { to: 'lead', content: `Got it: "${announcement.content}". I will be there.` } }] };
      }
      return { text: 'Ready; waiting for announcements.' };
    }),
  },
];

/** The haiku may already be in the inbox when the lead reads it, or still on its way: handle both. */
function haikuOrWait(req: ScriptRequest) {
  const haiku = reports(req).find((m) => m.from === 'poet');
  if (haiku) return { text: `The poet's haiku, from my inbox:\n\n${haiku.content}` };
  return { text: 'My inbox is still empty: the poet is still writing. I end my turn and the loop waits for the team.' };
}

// What the scripted model says for s06's example prompts. It reads files one per turn, so old results get
// micro-compacted and the history crosses the auto-compact threshold; once it calls `compact` itself.
// Every step is a function of the request, so the script carries on correctly wherever compaction struck:
// after a summary it lists the directory again and reads the saved transcripts to see where it was.
import { COMPACT_SUMMARY_MARKER } from '../agent/scripted';
import type { Script, ScriptRequest, ScriptStep, ScriptTurn } from '../agent/script';
import { toolCalls } from './script-reading';

const SRC = 'Read every file in src/ one by one and summarise the project.';
const NOTES = 'Read notes.md, then compact the conversation and tell me what you remember.';
const LOGS = 'Inspect each log file in logs/ and report the errors.';

/** Room for many more steps than any example needs; the script stops by answering, not by running out. */
const STEPS = 40;

function summaryOf(req: ScriptRequest): string | null {
  const first = req.messages[0];
  return typeof first?.content === 'string' && first.content.startsWith(COMPACT_SUMMARY_MARKER) ? first.content : null;
}

interface ReadPlan {
  dir: string;
  /** A note on one file, from its content: what the model keeps in its own words as it goes. */
  note(path: string, content: string): string;
  /** When some of what was read has been compacted away: a command that gathers the facts again from disk. */
  recall: string;
  answer(notes: string[], recalled: string | undefined, req: ScriptRequest): string;
}

const EARLIER = '--- read before compaction:';

/** A tool result still in full: neither pending nor replaced by a micro-compaction placeholder. */
const isFresh = (output: string | undefined): output is string => output !== undefined && !output.startsWith('[Previous:');

/** List `dir`, read its files one per turn, then answer: the step for every turn, wherever the context stands. */
function readOneByOne(plan: ReadPlan): ScriptStep {
  const list = `ls -1 ${plan.dir}`;
  // After a compaction the saved transcripts still say which files were read.
  const recover = `${list} && echo '${EARLIER}' && cat .transcripts/*.jsonl | grep -o '"path":"${plan.dir}/[^"]*"' | sort -u`;
  return (req): ScriptTurn => {
    const summary = summaryOf(req);
    const listing = toolCalls(req, 'bash').filter((c) => c.input.command === list || c.input.command === recover).map((c) => c.output).findLast(isFresh);
    if (listing === undefined) {
      return summary
        ? { text: 'My history was compacted into a summary. The saved transcripts tell me which files I had already read.', tools: [{ name: 'bash', input: { command: recover } }] }
        : { text: `First, what is in ${plan.dir}?`, tools: [{ name: 'bash', input: { command: list } }] };
    }
    const [names, earlier = ''] = listing.split(EARLIER);
    const files = names.split('\n').map((f) => f.trim()).filter(Boolean).map((f) => `${plan.dir}/${f}`);
    const reads = toolCalls(req, 'read_file');
    const done = new Set([...[...earlier.matchAll(/"path":"([^"]+)"/g)].map((m) => m[1]), ...reads.map((r) => String(r.input.path))]);
    const kept = reads.filter((r) => isFresh(r.output));
    const notes = kept.map((r) => plan.note(String(r.input.path), r.output as string));
    const justRead = reads.at(-1)?.output === req.lastToolResults[0] ? reads.at(-1) : undefined;
    const next = files.find((f) => !done.has(f));
    if (next) {
      const text = justRead?.output ? `Noted: ${plan.note(String(justRead.input.path), justRead.output)}` : undefined;
      return { text, tools: [{ name: 'read_file', input: { path: next } }] };
    }
    const recall = toolCalls(req, 'bash').findLast((c) => c.input.command === plan.recall && isFresh(c.output));
    if (!recall && kept.length < files.length) {
      return {
        text: 'All files read, but some of them are no longer in my context (compacted), so I gather the facts again from the files themselves.',
        tools: [{ name: 'bash', input: { command: plan.recall } }],
      };
    }
    return { text: plan.answer(notes, recall?.output, req) };
  };
}

/** The first sentence of a file's header comment: what the file says it is for. */
function headerSentence(content: string): string {
  const lines: string[] = [];
  for (const line of content.split('\n')) {
    const text = /^\/\/\s?(.*)$/.exec(line.trim())?.[1].trim();
    if (!text) break;
    lines.push(text);
  }
  const text = lines.join(' ');
  const end = text.search(/\.(\s|$)/);
  return (end >= 0 ? text.slice(0, end + 1) : text).replace(/:$/, '.') || 'no header comment';
}

/** `head -n 3 a b` output, split back into files. */
function headsByFile(output: string): [string, string][] {
  const parts = output.split(/^==> (.+) <==$/m).slice(1);
  return Array.from({ length: parts.length / 2 }, (_, i) => [parts[2 * i], parts[2 * i + 1].trim()]);
}
const errorLines = (content: string) => content.split('\n').filter((l) => / ERROR /.test(l));

const srcPlan: ReadPlan = {
  dir: 'src',
  note: (path, content) => `${path}: ${headerSentence(content)}`,
  recall: 'head -n 3 src/*',
  answer(notes, recalled, req) {
    const facts = recalled
      ? headsByFile(recalled).map(([file, head]) => `- ${file}: ${headerSentence(head)}`)
      : notes.map((n) => `- ${n}`);
    return [
      'I read every file in src/. What each one is for:', ...facts, '',
      'Together: a small, dependency-free Node HTTP service that greets people in a few languages and adds numbers;',
      'the newer modules (configuration, logging, routing, a persistent counter) are not wired into server.js yet.',
      summaryOf(req) ? '(The history was compacted on the way; the full transcript is in .transcripts/.)' : '',
    ].join('\n').trim();
  },
};

const logPlan: ReadPlan = {
  dir: 'logs',
  note(path, content) {
    const errors = errorLines(content);
    return [`${path}: ${errors.length} errors`, ...errors.map((e) => `  - ${e}`)].join('\n');
  },
  recall: 'grep -n " ERROR " logs/*.log',
  answer(notes, recalled) {
    const lines = recalled ? recalled.split('\n').filter(Boolean) : [];
    const byFile = new Map<string, string[]>();
    for (const line of lines) {
      const m = /^([^:]+):\d+:(\S+) ERROR (.*)$/.exec(line);
      if (m) byFile.set(m[1], [...(byFile.get(m[1]) ?? []), `${m[2]} ${m[3]}`]);
    }
    const report = byFile.size
      ? [...byFile].flatMap(([file, errors]) => [`**${file}** (${errors.length})`, ...errors.map((e) => `- ${e}`)])
      : notes;
    const count = lines.length ? `${lines.length} errors` : 'Errors';
    return [`${count} in ${byFile.size || notes.length} log files:`, '', ...report].join('\n');
  },
};

export const scripts: Script[] = [
  { prompt: SRC, turns: Array(STEPS).fill(readOneByOne(srcPlan)), afterCompact: Array(STEPS).fill(readOneByOne(srcPlan)) },
  {
    prompt: NOTES,
    turns: [
      { tools: [{ name: 'read_file', input: { path: 'notes.md' } }] },
      (req) => {
        const sections = [...(req.lastToolResults[0] ?? '').matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        return {
          text: `Read notes.md: ${sections.length} sections (${sections.join('; ')}). Now compacting, as asked.`,
          tools: [{ name: 'compact', input: {} }],
        };
      },
    ],
    afterCompact: [
      (req) => ({
        text: [
          'After compacting, this is all I have of our conversation, the summary:', '',
          ...(summaryOf(req) ?? '').replace(COMPACT_SUMMARY_MARKER, '').trim().split('\n').map((l) => `> ${l}`), '',
          'The details of notes.md are no longer in my context. The full transcript is on disk, and notes.md can be',
          'read again, so nothing is lost; it just costs no tokens until I need it.',
        ].join('\n'),
      }),
    ],
  },
  { prompt: LOGS, turns: Array(STEPS).fill(readOneByOne(logPlan)), afterCompact: Array(STEPS).fill(readOneByOne(logPlan)) },
];

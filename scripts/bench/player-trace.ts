// A synthetic s08-style run of any length for the player bench: a main loop that keeps starting
// background processes, whose results are queued and drained before each model call. Generated, never
// shipped as a recorded trace; the header says so in its prompt.
import type { ContentBlock, EventBody, Message, TimelineEvent } from '../../lib/timeline/events';
import { TRACE_FORMAT, TRACE_VERSION, type TraceHeader } from '../../lib/timeline/trace-header';

interface Running { id: string; command: string; endT: number; fails: boolean }

export function syntheticBackgroundRun(targetEvents: number): { header: TraceHeader; events: TimelineEvent[] } {
  const events: TimelineEvent[] = [];
  let t = 0;
  let rnd = 42;
  const random = () => ((rnd = (rnd * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const emit = (body: EventBody) => { events.push({ ...body, seq: events.length, t: Math.round(t) } as TimelineEvent); };
  const running: Running[] = [];
  const finished: Running[] = [];
  let nextId = 1;

  // Let time pass; processes that end meanwhile finish and queue their results, in the order they end.
  const wait = (ms: number) => {
    const until = t + ms;
    running.sort((a, b) => a.endT - b.endT);
    while (running.length && running[0].endT <= until) {
      const p = running.shift()!;
      t = p.endT;
      const status = p.fails ? 'failed' : 'completed';
      for (let i = 1; i <= 3; i++) emit({ type: 'bg.output', actor: `bg:${p.id}`, id: p.id, chunk: `${p.command}: step ${i}\n` });
      emit({ type: 'bg.finished', actor: `bg:${p.id}`, id: p.id, status, exitCode: p.fails ? 1 : 0, output: `${p.command}: done\n`, durationMs: 0 });
      emit({ type: 'queue.enqueued', actor: 'main', id: p.id, status, preview: `${p.command}: done` });
      finished.push(p);
    }
    t = until;
  };
  const append = (...messages: Message[]) => emit({ type: 'messages.appended', actor: 'main', messages });

  const prompt = 'Synthetic benchmark run: keep starting background jobs and report on them.';
  emit({ type: 'run.started', actor: 'main', lesson: 's08', prompt, model: 'scripted', mode: 'scripted' });
  append({ role: 'user', content: prompt });
  let messageCount = 1;
  const drain = (turn: number) => {
    if (!finished.length) return;
    const lines = finished.map((p) => `[bg:${p.id}] ${p.fails ? 'failed' : 'completed'}: ${p.command}: done`);
    append({ role: 'user', content: `<background-results>\n${lines.join('\n')}\n</background-results>` });
    emit({ type: 'queue.drained', actor: 'main', ids: finished.map((p) => p.id), beforeTurn: turn, text: lines.join('\n') });
    finished.length = 0;
    messageCount += 1;
  };
  let turn = 1;
  for (; events.length < targetEvents - 15; turn++) {
    drain(turn);
    emit({ type: 'llm.request', actor: 'main', turn, messageCount, tokenEstimate: 200 + messageCount * 60 });
    const words = 'Starting another job in the background while the earlier ones keep running; their results arrive before my next call.'.split(/(?= )/);
    for (const delta of words) { wait(12); emit({ type: 'llm.text', actor: 'main', delta }); }
    const uses: ContentBlock[] = [0].map((i) => ({
      type: 'tool_use', id: `toolu_${turn}_${i}`, name: 'background_run', input: { command: `sleep ${1 + Math.floor(random() * 5)}` },
    }));
    const content: ContentBlock[] = [{ type: 'text', text: words.join('') }, ...uses];
    emit({ type: 'llm.response', actor: 'main', turn, stopReason: 'tool_use', content, inputTokens: 300, outputTokens: 40 });
    append({ role: 'assistant', content });
    const results: ContentBlock[] = [];
    for (const use of uses) {
      if (use.type !== 'tool_use') continue;
      const id = `bg_${nextId++}`;
      const command = String(use.input.command);
      emit({ type: 'tool.call', actor: 'main', id: use.id, name: use.name, input: use.input });
      emit({ type: 'bg.started', actor: `bg:${id}`, id, command, pid: 1000 + nextId });
      running.push({ id, command, endT: t + 300 + random() * 3000, fails: random() < 0.15 });
      wait(5);
      emit({ type: 'tool.result', actor: 'main', id: use.id, name: use.name, output: `Started ${id}`, isError: false, durationMs: 5 });
      results.push({ type: 'tool_result', tool_use_id: use.id, content: `Started ${id}` });
    }
    append({ role: 'user', content: results });
    messageCount += 2;
    wait(400 + random() * 600);
  }
  emit({ type: 'loop.waiting', actor: 'main', for: running.map((p) => p.id) });
  wait(10_000);
  drain(turn);
  emit({ type: 'llm.request', actor: 'main', turn, messageCount, tokenEstimate: 200 + messageCount * 60 });
  const summary: ContentBlock[] = [{ type: 'text', text: 'All background jobs reported.' }];
  wait(300);
  emit({ type: 'llm.response', actor: 'main', turn, stopReason: 'end_turn', content: summary, inputTokens: 300, outputTokens: 10 });
  append({ role: 'assistant', content: summary });
  emit({ type: 'run.finished', actor: 'main', outcome: 'completed', text: 'All background jobs reported.' });
  const header: TraceHeader = {
    format: TRACE_FORMAT, version: TRACE_VERSION, lesson: 's08', prompt, model: 'scripted', mode: 'scripted',
    recordedAt: '2025-01-01T00:00:00.000Z',
  };
  return { header, events };
}

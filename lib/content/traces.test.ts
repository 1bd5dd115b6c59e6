import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLesson } from '@/lib/lessons/registry';
import type { TimelineEvent } from '@/lib/timeline/events';
import { writeTrace } from '@/lib/timeline/trace';
import { TRACE_FORMAT, TRACE_VERSION, type TraceHeader } from '@/lib/timeline/trace-header';
import { TRACES_DIR, listTraceNames, loadLessonTraces } from './traces';

const header = (prompt: string, lesson = 's08'): TraceHeader => ({
  format: TRACE_FORMAT, version: TRACE_VERSION, lesson, prompt, model: 'scripted', mode: 'scripted', recordedAt: '2025-01-01T00:00:00Z',
});
const started = (prompt: string): TimelineEvent => ({ seq: 0, t: 0, actor: 'main', type: 'run.started', lesson: 's08', prompt, model: 'scripted', mode: 'scripted' });
const finished: TimelineEvent = { seq: 1, t: 5, actor: 'main', type: 'run.finished', outcome: 'completed', text: 'done' };

let root: string;
const put = (file: string, text: string) => writeFile(path.join(root, TRACES_DIR, file), text);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'traces-'));
  await mkdir(path.join(root, TRACES_DIR), { recursive: true });
});

describe('recorded traces', () => {
  it('lists only the lesson’s own trace files', async () => {
    await put('s08-b.jsonl', '');
    await put('s08-a.jsonl', '');
    await put('s07-a.jsonl', '');
    await put('s08-notes.txt', '');
    expect(await listTraceNames('s08', root)).toEqual(['s08-a', 's08-b']);
  });

  it('has no traces when the folder is missing', async () => {
    expect(await listTraceNames('s08', path.join(root, 'nowhere'))).toEqual([]);
  });

  it('orders traces like the lesson’s example prompts', async () => {
    const [first, second] = getLesson('s08').examples;
    await put('s08-a.jsonl', writeTrace(header(second), [started(second), finished]));
    await put('s08-z.jsonl', writeTrace(header(first), [started(first), finished]));
    await put('s08-m.jsonl', writeTrace(header('something else'), [started('x'), finished]));
    const traces = await loadLessonTraces('s08', root);
    expect(traces.map((t) => t.name)).toEqual(['s08-z', 's08-a', 's08-m']);
    expect(traces[0].events).toHaveLength(2);
  });

  it('refuses a broken file, naming the file and its first bad line', async () => {
    const text = writeTrace(header('p'), [started('p'), finished]).replace('"seq":1', '"seq":7');
    await put('s08-broken.jsonl', text);
    await expect(loadLessonTraces('s08', root)).rejects.toThrow('content/traces/s08-broken.jsonl line 3: seq 7 expected 1');
  });

  it('refuses a trace filed under the wrong lesson', async () => {
    await put('s08-other.jsonl', writeTrace(header('p', 's07'), [started('p'), finished]));
    await expect(loadLessonTraces('s08', root)).rejects.toThrow('line 1: the header is for lesson s07');
  });
});

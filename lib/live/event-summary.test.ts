import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import ja from '../../messages/ja.json';
import zh from '../../messages/zh.json';
import { EVENT_TYPES, type TimelineEvent } from '../timeline/events';
import { body, seqd } from '../timeline/test-builders';
import { clip, summarizeEvent } from './event-summary';

const sample = (type: (typeof EVENT_TYPES)[number]) => seqd([body(type)])[0];

describe('summarizeEvent', () => {
  it.each([['en', en], ['zh', zh], ['ja', ja]] as const)(
    'every event type has a one-line summary in %s, with every placeholder filled',
    (locale, messages) => {
      const t = createTranslator({ locale, messages, namespace: 'run.summary' });
      for (const type of EVENT_TYPES) {
        const { key, values } = summarizeEvent(sample(type));
        const line = t(key as never, values as never);
        expect(line, type).not.toMatch(/\{[a-zA-Z]+[,}]|run\.summary/);
        expect(line.length, type).toBeGreaterThan(3);
      }
    },
  );

  it('names the event by its type with _ for .', () => {
    expect(summarizeEvent(sample('bg.finished')).key).toBe('bg_finished');
  });

  it('says which background process finished, how and when, in the reader\'s words', () => {
    const t = createTranslator({ locale: 'en', messages: en, namespace: 'run.summary' });
    const event = seqd([body('bg.finished', { id: 'bg_2', status: 'failed', exitCode: 3, durationMs: 40 })])[0];
    const { key, values } = summarizeEvent(event);
    expect(t(key as never, values as never)).toBe('background bg_2 failed (exit 3) after 40 ms');
  });

  it('lists the tasks a completed task unblocked, and nothing when it unblocked none', () => {
    const t = createTranslator({ locale: 'en', messages: en, namespace: 'run.summary' });
    const line = (unblocked: number[]) => {
      const { key, values } = summarizeEvent(seqd([body('task.updated', { unblocked })])[0] as TimelineEvent);
      return t(key as never, values as never);
    };
    expect(line([2, 3])).toBe('task #1 is completed; unblocked #2, #3');
    expect(line([])).toBe('task #1 is completed');
  });
});

describe('run.finished summary', () => {
  it('says how the run ended, and its final text only when there is one', () => {
    const t = createTranslator({ locale: 'en', messages: en, namespace: 'run.summary' });
    const line = (outcome: 'completed' | 'cancelled', text: string) => {
      const { key, values } = summarizeEvent(seqd([body('run.finished', { outcome, text })])[0]);
      return t(key as never, values as never);
    };
    expect(line('completed', 'All done.')).toBe('completed: All done.');
    expect(line('cancelled', '')).toBe('cancelled');
  });
});

describe('clip', () => {
  it('keeps a summary to one line of bounded length', () => {
    expect(clip('a\n  b\tc')).toBe('a b c');
    const long = clip('x'.repeat(500), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
  });
});

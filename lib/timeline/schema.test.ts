import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './events';
import { actorSchema, eventSchemas, messageSchema, timelineEventSchema, traceHeaderSchema } from './schema';
import { body, header, seqd } from './test-builders';

describe('timelineEventSchema', () => {
  it('has one schema per event type, in the order of EVENT_TYPES', () => {
    expect(eventSchemas.map((s) => s.shape.type.value)).toEqual([...EVENT_TYPES]);
  });

  it('accepts a well-formed event of every type', () => {
    const events = seqd(EVENT_TYPES.map((type) => body(type)));
    for (const e of events) expect(timelineEventSchema.safeParse(e)).toMatchObject({ success: true, data: e });
  });

  it('refuses a missing seq, a negative t, an unknown type', () => {
    const [e] = seqd([body('llm.text')]);
    expect(timelineEventSchema.safeParse({ ...e, seq: undefined }).success).toBe(false);
    expect(timelineEventSchema.safeParse({ ...e, t: -1 }).success).toBe(false);
    expect(timelineEventSchema.safeParse({ ...e, type: 'llm.texts' }).success).toBe(false);
  });
});

describe('actorSchema', () => {
  it('takes main and named bg/sub/mate actors only', () => {
    expect(['main', 'bg:1', 'sub:a', 'mate:alice'].map((a) => actorSchema.safeParse(a).success)).toEqual([true, true, true, true]);
    expect(['Main', 'bg:', 'mate', 'lead', ''].map((a) => actorSchema.safeParse(a).success)).toEqual([false, false, false, false, false]);
  });
});

describe('messageSchema', () => {
  it('takes string or block content and refuses unknown roles and blocks', () => {
    expect(messageSchema.safeParse({ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'x', content: 'ok', is_error: true }] }).success).toBe(true);
    expect(messageSchema.safeParse({ role: 'system', content: 'x' }).success).toBe(false);
    expect(messageSchema.safeParse({ role: 'user', content: [{ type: 'image' }] }).success).toBe(false);
  });
});

describe('traceHeaderSchema', () => {
  it('takes a header and refuses a recordedAt that is not an ISO time', () => {
    expect(traceHeaderSchema.safeParse(header()).success).toBe(true);
    expect(traceHeaderSchema.safeParse(header({ recordedAt: 'yesterday' })).success).toBe(false);
  });
});

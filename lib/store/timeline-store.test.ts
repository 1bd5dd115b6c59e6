import { beforeEach, describe, expect, it } from 'vitest';
import { body, header, seqd } from '../timeline/test-builders';
import { useTimelineStore } from './timeline-store';

const events = seqd([body('run.started'), body('llm.request'), body('llm.text'), body('llm.text'), body('run.finished')]);

beforeEach(() => useTimelineStore.getState().startLive('r1', header()));

describe('timeline store: appending live events', () => {
  it('a resumed stream that repeats events never doubles them', () => {
    const { appendEvents } = useTimelineStore.getState();
    appendEvents(events.slice(0, 3));
    appendEvents(events.slice(1, 5));
    expect(useTimelineStore.getState().events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
  });

  it('nothing past a gap is taken, so the store never holds a hole', () => {
    const { appendEvents, appendEvent } = useTimelineStore.getState();
    appendEvents([events[0], events[2], events[3]]);
    appendEvent(events[4]);
    expect(useTimelineStore.getState().events.map((e) => e.seq)).toEqual([0]);
  });

  it('starting a live run clears the previous events and says it is connecting', () => {
    useTimelineStore.getState().appendEvents(events);
    useTimelineStore.getState().startLive('r2', header());
    expect(useTimelineStore.getState()).toMatchObject({ events: [], liveStatus: 'connecting', source: { kind: 'live', runId: 'r2' } });
  });
});

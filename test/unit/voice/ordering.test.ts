import { describe, expect, it } from 'vitest';
import { applyEvent, emptyConversation, endCall, orderedItems, positionOf, type Conversation, type LiveItem, type RealtimeEvent } from '../../../web/src/features/realtime/ordering.js';

const T0 = Date.parse('2025-05-01T10:00:00.000Z');

/** Apply events one second apart; collect completed items in completion order. */
function run(events: RealtimeEvent[]): { c: Conversation; completed: LiveItem[] } {
  let c = emptyConversation;
  const completed: LiveItem[] = [];
  events.forEach((ev, i) => {
    const r = applyEvent(c, ev, T0 + i * 1000);
    c = r.conversation;
    if (r.completed) completed.push(r.completed);
  });
  return { c, completed };
}

const added = (id: string, role: 'user' | 'assistant', prev?: string | null): RealtimeEvent => ({
  type: 'conversation.item.added',
  previous_item_id: prev,
  item: { id, role, type: 'message' },
});
const coachDelta = (id: string, delta: string): RealtimeEvent => ({ type: 'response.output_audio_transcript.delta', item_id: id, delta });
const coachDone = (id: string, transcript: string): RealtimeEvent => ({ type: 'response.output_audio_transcript.done', item_id: id, transcript });
const heard = (id: string, transcript: string): RealtimeEvent => ({ type: 'conversation.item.input_audio_transcription.completed', item_id: id, transcript });
const committed = (id: string, prev: string | null): RealtimeEvent => ({ type: 'input_audio_buffer.committed', item_id: id, previous_item_id: prev });

/** The server's sort: by `at`, then position. */
function serverOrder(items: LiveItem[], c: Conversation): string[] {
  return [...items].sort((a, b) => a.at.localeCompare(b.at) || positionOf(c, a.itemId) - positionOf(c, b.itemId)).map((i) => i.itemId);
}

describe('realtime transcript ordering', () => {
  it('shows coach deltas live and completes the item on done', () => {
    let c = applyEvent(emptyConversation, added('c1', 'assistant', null), T0).conversation;
    c = applyEvent(c, coachDelta('c1', 'Hello Mar'), T0 + 10).conversation;
    expect(orderedItems(c)).toMatchObject([{ itemId: 'c1', role: 'coach', text: 'Hello Mar', final: false }]);
    const r = applyEvent(c, coachDone('c1', 'Hello Marta.'), T0 + 20);
    expect(r.completed).toMatchObject({ itemId: 'c1', role: 'coach', text: 'Hello Marta.', final: true });
  });

  it('orders by item position even when the candidate transcript completes after the next coach turn', () => {
    const { c, completed } = run([
      added('c1', 'assistant', null),
      coachDone('c1', 'Tell me about yourself.'),
      committed('u1', 'c1'),
      added('u1', 'user', 'c1'),
      added('c2', 'assistant', 'u1'),
      coachDelta('c2', 'Thanks. '),
      coachDone('c2', 'Thanks. Next question.'),
      heard('u1', 'I lead a support team.'),
    ]);
    expect(completed.map((i) => i.itemId)).toEqual(['c1', 'c2', 'u1']);
    expect(orderedItems(c).map((i) => i.itemId)).toEqual(['c1', 'u1', 'c2']);
    expect(serverOrder(completed, c)).toEqual(['c1', 'u1', 'c2']);
  });

  it('moves an item placed early (from a delta) once its real position is known', () => {
    const { c, completed } = run([
      added('c1', 'assistant', null),
      coachDone('c1', 'First.'),
      coachDelta('c2', 'Second'), // arrives before anyone said where c2 goes
      added('u1', 'user', 'c1'),
      added('c2', 'assistant', 'u1'),
      coachDone('c2', 'Second.'),
      heard('u1', 'My answer.'),
    ]);
    expect(orderedItems(c).map((i) => i.itemId)).toEqual(['c1', 'u1', 'c2']);
    expect(serverOrder(completed, c)).toEqual(['c1', 'u1', 'c2']);
  });

  it('inserts an item at the start when previous_item_id is null', () => {
    const { c } = run([added('c2', 'assistant'), added('c1', 'assistant', null)]);
    expect(c.order).toEqual(['c1', 'c2']);
    expect(c.items.c1!.at < c.items.c2!.at).toBe(true);
  });

  it('completes an item once: a replayed done is not saved twice and deltas after done are ignored', () => {
    const { c, completed } = run([added('c1', 'assistant', null), coachDone('c1', 'Hi.'), coachDone('c1', 'Hi.'), coachDelta('c1', ' extra')]);
    expect(completed).toHaveLength(1);
    expect(c.items.c1!.text).toBe('Hi.');
  });

  it('keeps items with unknown positions in arrival order and ignores non-message items', () => {
    const { c } = run([
      coachDone('a', 'one'),
      heard('b', 'two'),
      { type: 'conversation.item.added', item: { id: 'f1', role: 'assistant', type: 'function_call' } },
      { type: 'session.created' },
    ]);
    expect(orderedItems(c).map((i) => `${i.role}:${i.text}`)).toEqual(['coach:one', 'candidate:two']);
  });

  it('does not save an empty transcript (silence) but keeps order keys increasing', () => {
    const { c, completed } = run([added('u1', 'user', null), heard('u1', '   '), added('c1', 'assistant', 'u1')]);
    expect(completed).toHaveLength(0);
    expect(orderedItems(c).map((i) => i.itemId)).toEqual(['c1']);
    expect(c.items.u1!.at < c.items.c1!.at).toBe(true);
  });

  it('puts a reconnected call after every earlier line, dated when it was said', () => {
    const first = run([added('c1', 'assistant', null), coachDone('c1', 'Hello, first question.'), committed('u1', 'c1'), heard('u1', 'First answer.')]);
    // The call drops; 12 s later a new call starts, whose first item again has previous_item_id null.
    let c = endCall(first.c);
    const completed = [...first.completed];
    const T1 = T0 + 12_000;
    const second: RealtimeEvent[] = [added('d1', 'assistant', null), coachDone('d1', 'Welcome back. Next question.'), committed('v1', 'd1'), added('d2', 'assistant', 'v1'), coachDone('d2', 'Thanks.'), heard('v1', 'Second answer.')];
    second.forEach((ev, i) => {
      const r = applyEvent(c, ev, T1 + i * 1000);
      c = r.conversation;
      if (r.completed) completed.push(r.completed);
    });
    const expected = ['c1', 'u1', 'd1', 'v1', 'd2'];
    expect(orderedItems(c).map((i) => i.itemId)).toEqual(expected);
    expect(serverOrder(completed, c)).toEqual(expected);
    // Times are when the lines were said, not squeezed in before the first call's lines.
    expect(Date.parse(c.items.d1!.at)).toBe(T1);
    expect(Date.parse(c.items.c1!.at)).toBe(T0);
  });

  it('marks lines of an ended call that never got their transcript as cut off', () => {
    const { c } = run([added('c1', 'assistant', null), coachDone('c1', 'Question?'), committed('u1', 'c1'), added('c2', 'assistant', 'u1'), coachDelta('c2', 'Half a')]);
    const ended = endCall(c);
    expect(orderedItems(ended).map((i) => [i.itemId, i.final, Boolean(i.cutOff)])).toEqual([
      ['c1', true, false],
      ['u1', false, true],
      ['c2', false, true],
    ]);
    expect(ended.callStart).toBe(3);
  });
});

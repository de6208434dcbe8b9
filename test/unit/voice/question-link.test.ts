/**
 * Linking live-interview lines to the question the interviewer is on: a coach
 * line that asks a session question moves the link; follow-ups, thanks and
 * greetings do not; a late candidate transcript stays with the question it
 * answered; a manual pick applies from that point on.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, emptyConversation, type Conversation, type LiveItem, type RealtimeEvent } from '../../../web/src/features/realtime/ordering.js';
import { linkedQuestion, matchQuestion, type Anchor } from '../../../web/src/features/realtime/question-link.js';

const QUESTIONS = [
  { id: 'q1', text: 'Tell me about a time you cut response times for customers.' },
  { id: 'q2', text: 'How would you handle a ferry cancellation that strands 300 passengers?' },
  { id: 'q3', text: 'Why Harbourline?' },
];

describe('matchQuestion', () => {
  it('finds a question asked in its words, with a lead-in', () => {
    expect(matchQuestion('Hello Marta, welcome. Tell me about a time you cut response times for customers.', QUESTIONS)).toBe('q1');
    expect(matchQuestion('Thanks. Next one: how would you handle a ferry cancellation that strands 300 passengers?', QUESTIONS)).toBe('q2');
    expect(matchQuestion('Last question — why Harbourline?', QUESTIONS)).toBe('q3');
  });

  it('tolerates small wording changes but not a different question', () => {
    expect(matchQuestion('Tell me about a time when you cut the response time for a customer.', QUESTIONS)).toBe('q1');
    expect(matchQuestion('Thank you. What did you do yourself to make that happen?', QUESTIONS)).toBeNull();
    expect(matchQuestion('Hello Marta, welcome to the interview.', QUESTIONS)).toBeNull();
    // A follow-up that reuses two of the question's words is not the question asked again.
    expect(matchQuestion('And how fast were response times after that?', QUESTIONS)).toBeNull();
  });

  it('needs every word of a short question', () => {
    expect(matchQuestion('Why did you leave?', QUESTIONS)).toBeNull();
    expect(matchQuestion('Why Harbourline, of all companies?', QUESTIONS)).toBe('q3');
  });
});

/** Apply events one second apart; return the conversation and completed items in completion order. */
function run(events: RealtimeEvent[]): { c: Conversation; completed: Array<{ item: LiveItem; c: Conversation }> } {
  let c = emptyConversation;
  const completed: Array<{ item: LiveItem; c: Conversation }> = [];
  events.forEach((ev, i) => {
    const r = applyEvent(c, ev, Date.parse('2025-05-01T10:00:00Z') + i * 1000);
    c = r.conversation;
    if (r.completed) completed.push({ item: r.completed, c });
  });
  return { c, completed };
}

const coach = (id: string, prev: string | null, text: string): RealtimeEvent[] => [
  { type: 'conversation.item.added', previous_item_id: prev, item: { id, role: 'assistant', type: 'message' } },
  { type: 'response.output_audio_transcript.done', item_id: id, transcript: text },
];
const committed = (id: string, prev: string): RealtimeEvent => ({ type: 'input_audio_buffer.committed', item_id: id, previous_item_id: prev });
const heard = (id: string, text: string): RealtimeEvent => ({ type: 'conversation.item.input_audio_transcription.completed', item_id: id, transcript: text });

/** What the client does on each completion: a coach line asking a question adds an anchor; every line is linked. */
function linkAll(completed: Array<{ item: LiveItem; c: Conversation }>, anchors: Anchor[], fallback: string | null): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const { item, c } of completed) {
    const asked = item.role === 'coach' ? matchQuestion(item.text, QUESTIONS) : null;
    if (asked) anchors.push({ itemId: item.itemId, questionId: asked, from: 'at' });
    out[item.itemId] = linkedQuestion(c.order, item.itemId, anchors, fallback);
  }
  return out;
}

describe('linkedQuestion over a conversation', () => {
  it('saves each answer under the question it answers, even when its transcript lands after the next question', () => {
    const { completed } = run([
      ...coach('c1', null, 'Hello Marta. Tell me about a time you cut response times for customers.'),
      committed('u1', 'c1'),
      // The coach moves on before the candidate's transcript arrives.
      ...coach('c2', 'u1', 'Thank you. How would you handle a ferry cancellation that strands 300 passengers?'),
      heard('u1', 'At Tidewater I rebuilt the triage rota.'),
      committed('u2', 'c2'),
      heard('u2', 'I would rebook them on the next sailing first.'),
      ...coach('c3', 'u2', 'What would you tell the passengers?'),
      committed('u3', 'c3'),
      heard('u3', 'Exactly what we knew and when we would know more.'),
    ]);
    const links = linkAll(completed, [], 'q3');
    expect(links).toEqual({ c1: 'q1', c2: 'q2', u1: 'q1', u2: 'q2', c3: 'q2', u3: 'q2' });
  });

  it('uses the fallback before any question is asked, and a manual pick from that point on', () => {
    const { c } = run([...coach('c1', null, 'Hello, welcome.'), committed('u1', 'c1'), heard('u1', 'Hi!'), committed('u2', 'u1'), heard('u2', 'My answer.')]);
    const anchors: Anchor[] = [{ itemId: 'u1', questionId: 'q3', from: 'after' }];
    expect(linkedQuestion(c.order, 'u1', anchors, 'q1')).toBe('q1');
    expect(linkedQuestion(c.order, 'u2', anchors, 'q1')).toBe('q3');
    // A pick before the conversation started replaces the fallback.
    expect(linkedQuestion(c.order, 'c1', [{ itemId: null, questionId: 'q2', from: 'after' }], 'q1')).toBe('q2');
  });
});

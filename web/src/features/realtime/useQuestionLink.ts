/**
 * The "Answering" question of a live interview, following the conversation
 * (see question-link.ts): coach lines that ask a session question move it, a
 * pick in the dropdown overrides it from that point on, and every completed
 * line is linked by its place in the conversation.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conversation, LiveItem } from './ordering.js';
import { linkedQuestion, matchQuestion, type Anchor, type QuestionRef } from './question-link.js';

export function useQuestionLink(questions: readonly QuestionRef[], pageQuestion: string | null, conversation: Conversation, live: boolean) {
  const initial = pageQuestion ?? questions[0]?.id ?? null;
  const [current, setCurrent] = useState<string | null>(initial);
  const anchors = useRef<Anchor[]>([]);
  const fallback = useRef(initial);
  const questionsRef = useRef(questions);
  questionsRef.current = questions;
  const conversationRef = useRef(conversation);
  conversationRef.current = conversation;

  /** The user picked a question: lines after the last one so far belong to it. */
  const choose = useCallback((questionId: string | null) => {
    setCurrent(questionId);
    if (!questionId) return;
    const order = conversationRef.current.order;
    anchors.current.push({ itemId: order[order.length - 1] ?? null, questionId, from: 'after' });
  }, []);

  /** The question of a completed line (a coach line asking a session question moves "Answering" to it). */
  const link = useCallback((item: LiveItem, c: Conversation): string | null => {
    if (item.role === 'coach') {
      const asked = matchQuestion(item.text, questionsRef.current);
      if (asked) {
        anchors.current.push({ itemId: item.itemId, questionId: asked, from: 'at' });
        // Shown only if nothing later in the conversation already moved it on.
        const last = c.order[c.order.length - 1];
        if (last) setCurrent(linkedQuestion(c.order, last, anchors.current, fallback.current));
      }
    }
    return linkedQuestion(c.order, item.itemId, anchors.current, fallback.current);
  }, []);

  // The page's selected question sets "Answering" between calls; during a call the conversation leads.
  const liveRef = useRef(live);
  liveRef.current = live;
  useEffect(() => {
    if (!liveRef.current && pageQuestion) choose(pageQuestion);
  }, [pageQuestion, choose]);

  // A deleted question cannot stay selected.
  useEffect(() => {
    setCurrent((q) => (q && questions.some((x) => x.id === q) ? q : (questions[0]?.id ?? null)));
  }, [questions]);

  return { current, choose, link };
}

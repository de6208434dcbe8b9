/**
 * Choosing a question in the list: it is selected (in the URL) and its answer pane is asked for focus,
 * even when it was shown already (no question in the URL shows the first unanswered one, so choosing
 * that one changes nothing else). On a phone, or zoomed in, the pane is far below the list.
 */
import { useCallback, useState } from 'react';
import type { FocusRequest } from './AnswerPane.js';

export interface QuestionPick {
  /** Select the question (null: none) and, for a question, ask its pane for focus. */
  pick: (questionId: string | null) => void;
  /** The focus request for this question's pane: grows with each choice of it, 0 when none. */
  focusRequestFor: (questionId: string) => number;
}

export function useQuestionPick(select: (questionId: string | null) => void): QuestionPick {
  const [request, setRequest] = useState<FocusRequest | null>(null);
  const pick = useCallback((questionId: string | null) => {
    setRequest((r) => (questionId === null ? null : { questionId, count: (r?.count ?? 0) + 1 }));
    select(questionId);
  }, [select]);
  const focusRequestFor = (questionId: string): number => (request?.questionId === questionId ? request.count : 0);
  return { pick, focusRequestFor };
}

/** One example answer per question, loaded on request and shared by the panel and the side-by-side view. */
import { useState } from 'react';
import { getExampleAnswer } from '../api/questions.js';
import type { ExampleAnswer } from '../api/types.js';
import { useAction, type Action } from '../hooks/useAction.js';

export interface ExampleState {
  example: ExampleAnswer | null;
  load: Action<[], void>;
}

export function useExampleAnswer(sessionId: string, questionId: string): ExampleState {
  const [example, setExample] = useState<ExampleAnswer | null>(null);
  const load = useAction(async () => setExample(await getExampleAnswer(sessionId, questionId)));
  return { example, load };
}

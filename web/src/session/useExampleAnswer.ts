/** One example answer per question, loaded on request and shared by the panel and the side-by-side view. */
import { useEffect, useRef, useState } from 'react';
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

/** What the status line beside the button says: working, then that the example is there. */
export function exampleStatus({ example, load }: ExampleState): string {
  if (load.busy) return 'Building an example answer from your documents…';
  return example ? 'Example answer ready.' : '';
}

/**
 * A ref for the example's heading that takes focus when a load finishes with an example: the button
 * that was pressed goes away then, and focus would drop to the page body. Only a load seen running
 * here moves focus, so a view that mounts with the example already loaded leaves focus alone.
 */
export function useFocusOnExample({ example, load }: ExampleState) {
  const ref = useRef<HTMLHeadingElement>(null);
  const wasBusy = useRef(false);
  const arrived = example !== null;
  useEffect(() => {
    if (wasBusy.current && !load.busy && arrived) ref.current?.focus();
    wasBusy.current = load.busy;
  }, [load.busy, arrived]);
  return ref;
}

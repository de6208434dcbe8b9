/**
 * Submit an answer over the streaming endpoint and expose each stage, so the
 * pane can say "Saved — the coach is reading your answer…" and show partial text.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { streamAnswer, type AnswerInput } from '../api/answers.js';
import { messageOf } from '../api/client.js';
import type { AnswerResult } from '../api/types.js';

export type StreamStage = 'idle' | 'saving' | 'evaluating' | 'done' | 'failed';

export interface AnswerStream {
  stage: StreamStage;
  partial: string;
  result: AnswerResult | null;
  error: string | null;
  /** True once the server confirmed the answer is stored (even if feedback then failed). */
  saved: boolean;
  submit: (input: AnswerInput) => Promise<AnswerResult | null>;
}

export function useAnswerStream(sessionId: string): AnswerStream {
  const [stage, setStage] = useState<StreamStage>('idle');
  const [partial, setPartial] = useState('');
  const [result, setResult] = useState<AnswerResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  useEffect(() => () => abortRef.current?.abort(), []);

  const submit = useCallback(
    async (input: AnswerInput): Promise<AnswerResult | null> => {
      abortRef.current?.abort();
      const abort = new AbortController();
      abortRef.current = abort;
      setStage('saving');
      setPartial('');
      setError(null);
      setSaved(false);
      try {
        const res = await streamAnswer(sessionId, input, {
          onSaved: () => { setSaved(true); setStage('evaluating'); },
          onDelta: (text) => setPartial((p) => p + text),
        }, abort.signal);
        setResult(res);
        setStage('done');
        return res;
      } catch (err) {
        if (abort.signal.aborted) return null;
        setError(messageOf(err));
        setStage('failed');
        return null;
      }
    },
    [sessionId],
  );

  return { stage, partial, result, error, saved, submit };
}

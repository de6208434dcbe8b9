/**
 * Run an async action with a busy flag and a user-facing error message.
 * Components render `error` in an <ErrorAlert> and disable inputs while `busy`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/client.js';

export interface Action<A extends unknown[], R> {
  busy: boolean;
  error: string | null;
  /** Resolves with the result, or undefined when it failed (the error is then set). */
  run: (...args: A) => Promise<R | undefined>;
  clearError: () => void;
}

export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fnRef.current(...args);
    } catch (err) {
      if (mounted.current) setError(messageOf(err));
      return undefined;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}

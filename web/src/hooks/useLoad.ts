/** Load data on mount (and when `deps` change), with reload and error state. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/client.js';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replace the data locally after a mutation that returned the new value. */
  setData: (data: T) => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  // Callers pass the inputs of `load` as deps, as with useEffect; the rule cannot see them.
  // A fresh wrapper per change of deps: `useCallback(load, deps)` would hand back `load` itself, and a
  // module-level loader (`useLoad(getStatus, [key])`) would then keep one identity and never reload.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the deps are the caller's, checked at the call site
  const stableLoad = useCallback(() => load(), deps);
  // Only the latest request may write state: an older, slower one must not win.
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const value = await stableLoad();
      if (ticket !== latest.current) return;
      setData(value);
      setError(null);
    } catch (err) {
      if (ticket === latest.current) setError(messageOf(err));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [stableLoad]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload, setData };
}

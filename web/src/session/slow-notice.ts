/** When a coach's wait counts as slow (the words are `slowMessage` in coach-words.ts). */
import { useEffect, useState } from 'react';
import { SLOW_AFTER_MS } from './coach-words.js';

/** True once `busy` has lasted `afterMs`; false again as soon as it ends. */
export function useSlow(busy: boolean, afterMs = SLOW_AFTER_MS): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) return setSlow(false);
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => clearTimeout(timer);
  }, [busy, afterMs]);
  return slow;
}

/**
 * Where keyboard and screen-reader users land after deleting a session from the
 * list (the pattern My stories uses): focus goes to the first control of the
 * session that took its place, or of the one before it when it was the last,
 * and "Deleted “name”." is said in the live region just above that session
 * (under the list when it was the last). With no session left, ConfirmButton's
 * own fallback focuses the section's heading and the message is said under the list.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

interface Leaving {
  id: string;
  index: number;
  message: string;
}

/** The last delete's message, and the session it is said above (null: under the list). */
interface Said {
  beforeId: string | null;
  message: string;
}

export function useDeleteLanding(ids: string[], list: RefObject<HTMLUListElement | null>) {
  const pending = useRef<Leaving | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const shown = ids.join(' ');
  // A layout effect, so focus moves before the removed card's clean-up (ConfirmButton's fallback) runs.
  useLayoutEffect(() => {
    const gone = pending.current;
    const now = shown ? shown.split(' ') : [];
    if (!gone || now.includes(gone.id)) return;
    pending.current = null;
    const beforeId = now[gone.index] ?? null;
    const landing = beforeId ?? now[gone.index - 1];
    if (landing) firstControl(list.current, landing)?.focus();
    setSaid({ beforeId, message: gone.message });
  }, [shown, list]);

  /** Call once the server has deleted the session, before the list reloads. */
  const deleted = (id: string, name: string): void => {
    pending.current = { id, index: ids.indexOf(id), message: `Deleted “${name}”.` };
    // Emptied first, so the same words after another delete are announced again.
    setSaid(null);
  };
  return {
    deleted,
    /** Forget the message (the list was filtered or grown: it no longer sits beside the right session). */
    forget: (): void => setSaid(null),
    saidBefore: (id: string): string => (said?.beforeId === id ? said.message : ''),
    saidAfter: said && said.beforeId === null ? said.message : '',
  };
}

/** The session's first control: its title link. */
function firstControl(list: HTMLUListElement | null, id: string): HTMLElement | null {
  const item = list?.querySelector(`li[data-session-id="${CSS.escape(id)}"]`);
  return item?.querySelector<HTMLElement>('a[href], button') ?? null;
}

/**
 * Where keyboard and screen-reader users land when an item leaves a list they
 * are working in (a story deleted, or corrected so it no longer matches the
 * search; a session deleted): focus goes to the first control of the item that
 * took its place, or of the one before it when it was the last, or to the
 * section's heading when none is left; the result is said in the live region
 * just above that item (under the list when it was the last). Shared by My
 * stories (StoryList) and the sessions list (SessionList).
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface LeaveLandingOptions {
  /** The ids shown, in order. */
  ids: string[];
  list: RefObject<HTMLUListElement | null>;
  /** The attribute naming each `<li>`'s item: `data-story-id`, `data-session-id`. */
  itemAttr: string;
  /** Where focus goes when no item is left (without one, the removed control's own fallback decides). */
  heading?: RefObject<HTMLElement | null>;
  /** The page or query shown: when it changes, nothing here took the item's place and the last message no longer belongs. */
  resetKey?: string;
}

interface Pending {
  id: string;
  /** A deleted item always leaves; a corrected one only when it no longer fits the list. */
  mayStay: boolean;
  index: number;
  message: string;
  resetKey: string;
}

/** The last message and where it is said: above the item now in its place, or (null) under the list. */
interface Said {
  beforeId: string | null;
  message: string;
  resetKey: string;
}

/**
 * Remembers the leaving item until the reloaded list no longer has it, then
 * moves focus (in a layout effect, before the removed item's own clean-up could
 * drop it on a heading without a ring, or on nothing) and says the result.
 */
export function useLeaveLanding({ ids, list, itemAttr, heading, resetKey = '' }: LeaveLandingOptions) {
  const pending = useRef<Pending | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const shown = ids.join(' ');
  useLayoutEffect(() => {
    const p = pending.current;
    const now = shown ? shown.split(' ') : [];
    if (!p || !settle(pending, p, now, resetKey)) return;
    const beforeId = now[p.index] ?? null;
    focusLanding(list.current, itemAttr, beforeId ?? now[p.index - 1] ?? null, heading?.current ?? null);
    setSaid({ beforeId, message: p.message, resetKey });
  }, [shown, resetKey, list, itemAttr, heading]);

  /** Call once the server has removed or changed the item, before the list reloads. */
  const leaving = (id: string, message: string, mayStay = false): void => {
    pending.current = { id, mayStay, index: ids.indexOf(id), message, resetKey };
    // Empty the region first, so the same words after the next one are announced again.
    setSaid(null);
  };
  const current = said?.resetKey === resetKey ? said : null;
  return {
    leaving,
    /** Forget the message (the list was filtered or grown: it no longer sits beside the right item). */
    forget: (): void => setSaid(null),
    saidBefore: (id: string): string => (current?.beforeId === id ? current.message : ''),
    saidAfter: current && current.beforeId === null ? current.message : '',
  };
}

/**
 * Whether the pending item has left this list, so focus must land: clears it once decided.
 * A corrected item still listed stays where it was; another page or query since means nothing here took its place.
 */
function settle(pending: { current: Pending | null }, p: Pending, now: string[], resetKey: string): boolean {
  if (now.includes(p.id)) {
    if (p.mayStay) pending.current = null;
    return false;
  }
  pending.current = null;
  return p.resetKey === resetKey;
}

/** The item's first control, or the heading when no item is left. */
function focusLanding(list: HTMLUListElement | null, itemAttr: string, id: string | null, heading: HTMLElement | null): void {
  const item = id ? list?.querySelector<HTMLElement>(`li[${itemAttr}="${CSS.escape(id)}"]`) : null;
  const control = item?.querySelector<HTMLElement>('button, a[href], input, textarea, select');
  (control ?? heading)?.focus();
}

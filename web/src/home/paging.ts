/** How much of a long sessions list is shown at once. Pure (no DOM). */

/** Sessions shown before "Show more": a screenful or two of cards, not 60. */
export const PAGE_SIZE = 20;

export interface Page<T> {
  shown: T[];
  /** How many are not shown yet. */
  hidden: number;
  /** How many the next "Show more" adds. */
  next: number;
}

/** The first `limit` items, and what is left. */
export function firstPage<T>(items: readonly T[], limit: number, pageSize = PAGE_SIZE): Page<T> {
  const shown = items.slice(0, Math.max(0, limit));
  const hidden = items.length - shown.length;
  return { shown, hidden, next: Math.min(pageSize, hidden) };
}

/** The button's words: "Show 20 more sessions (43 not shown)", or "Show the last 3 sessions". */
export function showMoreLabel(page: Page<unknown>): string {
  const noun = (n: number): string => `session${n === 1 ? '' : 's'}`;
  if (page.next === page.hidden) return page.hidden === 1 ? 'Show the last session' : `Show the last ${page.hidden} ${noun(page.hidden)}`;
  return `Show ${page.next} more ${noun(page.next)} (${page.hidden} not shown)`;
}

/** A chart's series and which x-axis labels it shows. Pure (tested without a DOM). */

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per x label; null where the series has no point. */
  values: (number | null)[];
  /** How many answers each value averages (same positions as `values`), when known. */
  answers?: (number | null)[];
}

/** Room one axis label needs: its longest line (a session name's, or "Nov 27, 9:05 AM") is up to 16 characters of 12 px text. */
const TICK_SPACE = 112;

/** Show every `step`-th label: as many as fit whole in `plotWidth` px (about TICK_SPACE each), at most 10. */
export function tickStep(count: number, plotWidth: number): number {
  const fit = Math.max(2, Math.min(10, Math.floor(plotWidth / TICK_SPACE) + 1));
  return Math.max(1, Math.ceil(count / fit));
}

/**
 * Which x positions get a label: every step-th, and always the last (the latest
 * session) — it takes the place of the labelled one before it when they would crowd.
 */
export function tickIndices(count: number, step: number): Set<number> {
  const shown: number[] = [];
  for (let i = 0; i < count; i += step) shown.push(i);
  const last = count - 1;
  if (count > 0 && shown.at(-1) !== last) {
    if (shown.length > 1) shown.pop();
    shown.push(last);
  }
  return new Set(shown);
}

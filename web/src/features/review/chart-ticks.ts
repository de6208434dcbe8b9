/** A chart's series and which x-axis labels it shows. Pure (tested without a DOM). */

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per x label; null where the series has no point. */
  values: (number | null)[];
  /** How many answers each value averages (same positions as `values`), when known. */
  answers?: (number | null)[];
}

/** Room one axis label needs when its width is not known: 16 characters of 12 px text and a gap. */
export const TICK_SPACE = 112;
/** The most x labels one chart shows, however wide it is. */
const MAX_TICKS = 10;

/**
 * Label every `step`-th point: the smallest step that puts labelled points at
 * least `space` px apart (the widest label plus a gap), so no two labels touch,
 * and at most MAX_TICKS labels.
 */
export function tickStep(count: number, plotWidth: number, space = TICK_SPACE): number {
  if (count <= 1) return 1;
  const gap = plotWidth / (count - 1);
  return Math.max(1, Math.ceil(space / Math.max(gap, 0.01)), Math.ceil((count - 1) / (MAX_TICKS - 1)));
}

/**
 * Which x positions get a label: every step-th, and always the last (the latest
 * session) — it takes the place of the labelled one before it when they would crowd.
 * When the step leaves room for one label only, that is the latest.
 */
export function tickIndices(count: number, step: number): Set<number> {
  const shown: number[] = [];
  for (let i = 0; i < count; i += step) shown.push(i);
  const last = count - 1;
  if (count > 0 && shown.at(-1) !== last) {
    shown.pop();
    shown.push(last);
  }
  return new Set(shown);
}

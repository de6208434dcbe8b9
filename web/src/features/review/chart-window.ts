/**
 * Which sessions the progress charts show. One point per session turns into a
 * tangle with many sessions (61 points in 200 px on a phone), so by default the
 * charts show the latest sessions that fit the chart's width — fewer on a phone
 * than on a desktop — and the user can widen that to all of them. The tables
 * under the charts show the same sessions. Pure (tested without a DOM).
 */
import type { ChartSeries } from './chart-ticks.js';

/** Px between neighbouring sessions in the default window: room for two markers and a readable slope between them. */
export const FIT_SPACING = 32;
/** The default window never shows fewer sessions than this (a trend needs a few points)… */
export const FIT_MIN = 5;
/** …nor more than this, however wide the screen: past it a desktop chart gets crowded too. */
export const FIT_MAX = 24;
/** Room the drawing keeps at its sides for the y axis and half an end label (about what LineChart uses). */
const SIDES = 120;
/** Below this many px between sessions, markers would run into each other: only the line is drawn. */
export const MARKER_SPACING = 12;

/** The user's choice: a multiple of what fits (1 = what fits), or every session. */
export type WindowChoice = number | 'all';

export interface WindowOption {
  /** The select's value: "1", "2", "4" or "all". */
  value: string;
  count: number;
  label: string;
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** How many sessions the default window shows on a chart `chartWidth` px wide. */
export function fitCount(chartWidth: number): number {
  return clamp(Math.floor((chartWidth - SIDES) / FIT_SPACING) + 1, FIT_MIN, FIT_MAX);
}

/** How many of `total` sessions a choice shows. */
export function windowCount(choice: WindowChoice, fit: number, total: number): number {
  return choice === 'all' ? total : Math.min(total, fit * choice);
}

/** The choices offered when some sessions would be left out: what fits, twice and four times that while short of all, and all. */
export function windowOptions(total: number, fit: number): WindowOption[] {
  if (total <= fit) return [];
  const options: WindowOption[] = [{ value: '1', count: fit, label: `Last ${fit} (fits this screen)` }];
  for (const k of [2, 4]) if (fit * k < total) options.push({ value: String(k), count: fit * k, label: `Last ${fit * k}` });
  options.push({ value: 'all', count: total, label: `All ${total}` });
  return options;
}

/** The select's value for a choice; a multiple that already covers every session is "all". */
export function choiceValue(choice: WindowChoice, fit: number, total: number): string {
  return windowCount(choice, fit, total) >= total ? 'all' : String(choice);
}

/** A select value back to a choice (anything unknown is the default, what fits). */
export function parseChoice(value: string): WindowChoice {
  if (value === 'all') return 'all';
  const k = Number(value);
  return Number.isInteger(k) && k >= 1 ? k : 1;
}

/** The line over each chart: "Your last 7 of 61 sessions" or "All 61 sessions". */
export function windowText(count: number, total: number): string {
  if (count >= total) return `All ${total} session${total === 1 ? '' : 's'}`;
  return `Your last ${count} of ${total} sessions`;
}

/** What the status line says after the user changes the window. */
export function windowAnnouncement(count: number, total: number): string {
  const what = count >= total ? `all ${total} sessions` : `your last ${count} of ${total} sessions`;
  return `The charts and their tables now show ${what}.`;
}

/** What the table under a chart holds, said in its "Show the numbers as a table" line. */
export function tableNote(count: number, total: number): string {
  return count >= total ? `all ${total} sessions, as in the chart` : `the same ${count} sessions as the chart`;
}

/** The last `count` items (all of them when there are fewer). */
export function lastOf<T>(items: readonly T[], count: number): T[] {
  return count >= items.length ? [...items] : items.slice(items.length - count);
}

/** Each series cut to its last `count` points. */
export function lastPoints(series: ChartSeries[], count: number): ChartSeries[] {
  return series.map((s) => ({ ...s, values: lastOf(s.values, count), answers: s.answers && lastOf(s.answers, count) }));
}

/**
 * Which points get a marker. All of them while they are at least MARKER_SPACING
 * px apart; past that, markers would merge into a thick smear, so only the
 * points the line cannot show (no neighbour to draw a line to) and the latest
 * one keep theirs. Every value stays in the table.
 */
export function markerIndices(values: (number | null)[], plotWidth: number): Set<number> {
  const present = values.flatMap((v, i) => (v === null ? [] : [i]));
  const spacing = values.length > 1 ? plotWidth / (values.length - 1) : Infinity;
  if (spacing >= MARKER_SPACING) return new Set(present);
  const alone = present.filter((i) => (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null);
  const latest = present.at(-1);
  return new Set(latest === undefined ? alone : [...alone, latest]);
}

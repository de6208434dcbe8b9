/** Progress API data → chart rows. Pure (tested without a DOM). */
import { DIMENSION_LABEL, formatDateTime, formatTime } from '../../labels.js';
import type { DimensionKey } from '../../api/types.js';
import type { Progress, ProgressSeries } from '../../../../src/shared/review.js';
import type { ChartSeries } from './chart-ticks.js';

/** How many series one chart shows at most (each keeps a distinct colour, dash and marker). */
export const MAX_SERIES = 7;

/** "system_design" → "System design". */
export function competencyLabel(key: string): string {
  const s = key.replace(/[_-]+/g, ' ').trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) : 'General';
}

export function dimensionLabel(key: string): string {
  return DIMENSION_LABEL[key as DimensionKey] ?? competencyLabel(key);
}

export interface ChartData {
  /** Full names (tooltips, the table): "Practice 2026-11-27 (27 Nov 2026, 14:05)". */
  xLabels: string[];
  /** Axis labels, one line each: "Session 2" and the day, with the time when two sessions share that day. */
  xTicks: string[][];
}

/** "27 Nov", or "27 Nov 2026" when the sessions span more than one year. */
function shortDate(iso: string, withYear: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, withYear ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' });
}

/**
 * Axis labels short enough to read whole under each point (session names are
 * often alike — "Practice 2026-11-27", "… (2)" — and were cut to "Practice 2026…"):
 * the session's number, then its day, and its time when another session shares the day.
 */
export function axis(progress: Progress): ChartData {
  const years = new Set(progress.sessions.map((s) => new Date(s.date).getFullYear()));
  const days = progress.sessions.map((s) => shortDate(s.date, years.size > 1));
  const shared = (day: string): boolean => days.filter((d) => d === day).length > 1;
  return {
    xLabels: progress.sessions.map((s) => `${s.sessionName} (${formatDateTime(s.date)})`),
    xTicks: progress.sessions.map((s, i) => [`Session ${i + 1}`, shared(days[i]!) ? `${days[i]!}, ${formatTime(s.date)}` : days[i]!]),
  };
}

/** Align a series' points to the session axis (null where it has no point). */
export function toChartSeries(progress: Progress, series: ProgressSeries[], label: (key: string) => string): ChartSeries[] {
  const index = new Map(progress.sessions.map((s, i) => [s.sessionId, i]));
  return series.map((s) => {
    const values: (number | null)[] = progress.sessions.map(() => null);
    for (const p of s.points) {
      const i = index.get(p.sessionId);
      if (i !== undefined) values[i] = p.average;
    }
    return { key: s.key, label: label(s.key), values };
  });
}

/** The competencies shown first: the weakest, then those with the most sessions. */
export function defaultCompetencies(progress: Progress): string[] {
  const weakest = progress.weakest.map((w) => w.competency);
  const rest = [...progress.competencies]
    .sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key))
    .map((s) => s.key)
    .filter((k) => !weakest.includes(k));
  return [...weakest, ...rest].slice(0, Math.min(5, MAX_SERIES));
}

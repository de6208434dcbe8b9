/** Progress API data → chart rows. Pure (tested without a DOM). */
import { DIMENSION_LABEL, formatDate } from '../../labels.js';
import type { DimensionKey } from '../../api/types.js';
import type { ChartSeries } from './LineChart.js';
import type { Progress, ProgressSeries } from './api.js';

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
  xLabels: string[];
  xTicks: string[];
}

/** Axis labels: dates when each session has its own day, else the session names. */
export function axis(progress: Progress): ChartData {
  const dates = progress.sessions.map((s) => formatDate(s.date));
  return {
    xLabels: progress.sessions.map((s, i) => `${s.sessionName} (${dates[i]})`),
    xTicks: new Set(dates).size === dates.length ? dates : progress.sessions.map((s) => s.sessionName),
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

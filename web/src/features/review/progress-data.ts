/** Progress API data → chart rows. Pure (tested without a DOM). */
import { DIMENSION_LABEL, formatDateTime, formatTime } from '../../labels.js';
import type { DimensionKey } from '../../api/types.js';
import type { Progress, ProgressSeries } from '../../../../src/shared/review.js';
import { nameLines, shorten, TICK_CHARS } from './axis-labels.js';
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
  /** Full names (tooltips, the table): "Northwind — operations manager (imported) (27 Nov 2026, 14:05)". */
  xLabels: string[];
  /** Axis labels: the session's name on up to two short lines (see axis-labels.ts), its day when another session has the same label. */
  xTicks: string[][];
}

/** "27 Nov", or "27 Nov 2026" when the sessions span more than one year. */
function shortDate(iso: string, withYear: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, withYear ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' });
}

/** "Mar 12 – 30, 2026" (as the browser's locale writes a range of days): from the first date to the last. */
export function dateSpan(dates: string[]): string {
  const [first, last] = [new Date(dates[0] ?? ''), new Date(dates.at(-1) ?? '')];
  if (Number.isNaN(first.getTime()) || Number.isNaN(last.getTime())) return '';
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(first, last);
}

/** How many sessions each value of `keys` labels. */
function counts(keys: string[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
  return n;
}

/**
 * Axis labels by session name, as the user named them (an imported copy says
 * "(imported)"). Two sessions whose labels would read the same get the name on
 * one line and the day under it — with the time when they share the day too.
 */
export function axis(progress: Progress): ChartData {
  const { sessions } = progress;
  const years = new Set(sessions.map((s) => new Date(s.date).getFullYear()));
  const days = sessions.map((s) => shortDate(s.date, years.size > 1));
  const names = sessions.map((s) => nameLines(s.sessionName));
  const sameName = counts(names.map((l) => l.join('\n')));
  const sameDay = counts(days);
  return {
    xLabels: sessions.map((s) => `${s.sessionName} (${formatDateTime(s.date)})`),
    xTicks: sessions.map((s, i) => {
      if (sameName.get(names[i]!.join('\n'))! < 2) return names[i]!;
      const day = sameDay.get(days[i]!)! > 1 ? `${days[i]!}, ${formatTime(s.date)}` : days[i]!;
      return [shorten(s.sessionName.replace(/\s+/g, ' ').trim(), TICK_CHARS), day];
    }),
  };
}

/** "3.4 from 2 answers": an average with how many answers it covers. */
export function withAnswers(value: number, answers: number | null | undefined): string {
  if (answers === null || answers === undefined) return String(value);
  return `${value} from ${answers} answer${answers === 1 ? '' : 's'}`;
}

/** Align a series' points to the session axis (null where it has no point). */
export function toChartSeries(progress: Progress, series: ProgressSeries[], label: (key: string) => string): ChartSeries[] {
  const index = new Map(progress.sessions.map((s, i) => [s.sessionId, i]));
  return series.map((s) => {
    const values: (number | null)[] = progress.sessions.map(() => null);
    const answers: (number | null)[] = progress.sessions.map(() => null);
    for (const p of s.points) {
      const i = index.get(p.sessionId);
      if (i === undefined) continue;
      values[i] = p.average;
      answers[i] = p.answers;
    }
    return { key: s.key, label: label(s.key), values, answers };
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

/**
 * A small accessible SVG line chart for scores 1–5 over sessions. Each series
 * has a colour, a dash pattern and a marker shape (readable with no colour);
 * the SVG has a text description, every point a tooltip, and the same numbers
 * are always available as a table (ScoreTable) beside it.
 */
import { useId } from 'react';
import { isOpenMarker, markerPath, seriesStyle, type SeriesStyle } from './chart-style.js';
import { tickIndices, tickStep, type ChartSeries } from './chart-ticks.js';
import { withAnswers } from './progress-data.js';
import { useChartWidth } from './useChartWidth.js';

export type { ChartSeries } from './chart-ticks.js';

interface Props {
  title: string;
  /** Full names of the x positions (tooltips). */
  xLabels: string[];
  /** Axis labels, each one or more short lines (defaults to xLabels). */
  xTicks?: string[][];
  series: ChartSeries[];
}

/** Drawing width before the first measurement, and the range it is kept in. */
const W = 640;
const W_MIN = 280;
const W_MAX = 1400;
const H = 270;
// The sides leave room for half of a centred axis label under the first and last point.
const PAD = { left: 60, right: 60, top: 24, bottom: 54 };
const Y_MIN = 1;
const Y_MAX = 5;

function xAt(i: number, n: number, w: number): number {
  const inner = w - PAD.left - PAD.right;
  return n <= 1 ? PAD.left + inner / 2 : PAD.left + (inner * i) / (n - 1);
}

function yAt(v: number): number {
  const inner = H - PAD.top - PAD.bottom;
  return PAD.top + inner * (1 - (v - Y_MIN) / (Y_MAX - Y_MIN));
}

/** Path through consecutive points; a missing value breaks the line. */
function linePath(values: (number | null)[], w: number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${xAt(i, values.length, w).toFixed(1)},${yAt(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

/** One sentence per series, for screen readers: first and last value and the change. */
export function describeSeries(series: ChartSeries[]): string {
  return series
    .map((s) => {
      const vals = s.values.filter((v): v is number => v !== null);
      if (vals.length === 0) return `${s.label}: no scores.`;
      if (vals.length === 1) return `${s.label}: ${vals[0]} in one session.`;
      const change = Math.round((vals.at(-1)! - vals[0]!) * 10) / 10;
      const trend = change > 0 ? `up ${change}` : change < 0 ? `down ${-change}` : 'no change';
      return `${s.label}: from ${vals[0]} to ${vals.at(-1)!} over ${vals.length} sessions (${trend}).`;
    })
    .join(' ');
}

function Marker({ style, x, y, label }: { style: SeriesStyle; x: number; y: number; label: string }) {
  const open = isOpenMarker(style.marker);
  return (
    <path d={markerPath(style.marker, x, y, 4.5)} fill={open ? 'none' : style.colour} stroke={open ? style.colour : '#fff'} strokeWidth={open ? 2.2 : 1.2}>
      <title>{label}</title>
    </path>
  );
}

/** A legend sample: a short line in the series' dash with its marker. */
export function LegendSwatch({ n }: { n: number }) {
  const style = seriesStyle(n);
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="33" y2="7" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash || undefined} />
      <Marker style={style} x={17} y={7} label="" />
    </svg>
  );
}

export function LineChart({ title, xLabels, xTicks = xLabels.map((l) => [l]), series }: Props) {
  const id = useId();
  const [ref, w] = useChartWidth<HTMLElement>(W, W_MIN, W_MAX);
  // As many x labels as fit whole (about 104 px each), at most 10; the rest are in the tooltips and the table.
  const ticks = tickIndices(xLabels.length, tickStep(xLabels.length, w - PAD.left - PAD.right));
  return (
    <figure className="review-chart" ref={ref}>
      <svg viewBox={`0 0 ${w} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="review-chart-svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{describeSeries(series)}</desc>
        <text x={6} y={12} className="review-chart-tick">
          Score (1–5)
        </text>
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={w - PAD.right} y1={yAt(v)} y2={yAt(v)} className="review-chart-grid" />
            <text x={PAD.left - 8} y={yAt(v) + 4} textAnchor="end" className="review-chart-tick">
              {v}
            </text>
          </g>
        ))}
        <XTicks xTicks={xTicks} xLabels={xLabels} ticks={ticks} count={xLabels.length} w={w} />
        {series.map((s, n) => {
          const style = seriesStyle(n);
          return (
            <g key={s.key}>
              <path d={linePath(s.values, w)} fill="none" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash || undefined} />
              {s.values.map((v, i) =>
                v === null ? null : <Marker key={i} style={style} x={xAt(i, s.values.length, w)} y={yAt(v)} label={`${s.label}, ${xLabels[i]}: ${withAnswers(v, s.answers?.[i])}`} />,
              )}
            </g>
          );
        })}
      </svg>
      <ul className="review-legend" aria-label={`Legend: ${title}`}>
        {series.map((s, n) => (
          <li key={s.key}>
            <LegendSwatch n={n} /> {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The x-axis labels that fit, each on up to two lines; hovering one shows the session's full name. */
function XTicks({ xTicks, xLabels, ticks, count, w }: { xTicks: string[][]; xLabels: string[]; ticks: Set<number>; count: number; w: number }) {
  return (
    <>
      {xTicks.map((lines, i) =>
        ticks.has(i) ? (
          <text key={i} x={xAt(i, count, w)} y={H - PAD.bottom + 18} textAnchor="middle" className="review-chart-tick">
            <title>{xLabels[i]}</title>
            {lines.map((line, n) => (
              <tspan key={n} x={xAt(i, count, w)} dy={n === 0 ? 0 : 15}>
                {line}
              </tspan>
            ))}
          </text>
        ) : null,
      )}
    </>
  );
}

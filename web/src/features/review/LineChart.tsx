/**
 * A small accessible SVG line chart for scores 1–5 over sessions. Each series
 * has a colour, a dash pattern and a marker shape (readable with no colour);
 * the SVG has a text description, every marker a tooltip, and the same numbers
 * are always available as a table (ScoreTable) beside it. The x labels keep
 * apart by their estimated widths; when points crowd, only the line is drawn
 * (see chart-window.ts for which sessions a chart shows at all).
 */
import { useId } from 'react';
import { labelWidth } from './axis-labels.js';
import { isOpenMarker, markerPath, seriesStyle, type SeriesStyle } from './chart-style.js';
import { tickIndices, tickStep, type ChartSeries } from './chart-ticks.js';
import { markerIndices } from './chart-window.js';
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
  /** Which sessions the chart shows ("Your last 7 of 61 sessions"), read out before the description. */
  note?: string;
}

/** Drawing width before the first measurement, and the range it is kept in. */
const W = 640;
const W_MIN = 280;
const W_MAX = 1400;
const H = 270;
const PAD = { top: 24, bottom: 54 };
/** Least room at the sides: the y-axis numbers on the left, a marker's width on the right. */
const SIDE_MIN = { left: 40, right: 16 };
/** Clear space between two x labels. */
const TICK_GAP = 12;
const Y_MIN = 1;
const Y_MAX = 5;

/** Where the plot sits in the drawing. The sides leave room for half of the widest axis label, centred under an end point. */
interface Frame {
  w: number;
  left: number;
  right: number;
}

function frameFor(w: number, widestLabel: number): Frame {
  const half = Math.ceil(widestLabel / 2) + 2;
  return { w, left: Math.max(SIDE_MIN.left, half), right: Math.max(SIDE_MIN.right, half) };
}

const plotWidth = (f: Frame): number => f.w - f.left - f.right;

function xAt(i: number, n: number, f: Frame): number {
  return n <= 1 ? f.left + plotWidth(f) / 2 : f.left + (plotWidth(f) * i) / (n - 1);
}

function yAt(v: number): number {
  const inner = H - PAD.top - PAD.bottom;
  return PAD.top + inner * (1 - (v - Y_MIN) / (Y_MAX - Y_MIN));
}

/** Path through consecutive points; a missing value breaks the line. */
function linePath(values: (number | null)[], f: Frame): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${xAt(i, values.length, f).toFixed(1)},${yAt(v).toFixed(1)}`;
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
    <path
      d={markerPath(style.marker, x, y, 4.5)}
      fill={open ? 'none' : style.colour}
      stroke={open ? style.colour : '#fff'}
      strokeWidth={open ? 2.2 : 1.2}
      className={open ? 'review-chart-marker open' : 'review-chart-marker'}
    >
      <title>{label}</title>
    </path>
  );
}

/** A legend sample: a short line in the series' dash with its marker. */
export function LegendSwatch({ n }: { n: number }) {
  const style = seriesStyle(n);
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="33" y2="7" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash || undefined} className="review-chart-line" />
      <Marker style={style} x={17} y={7} label="" />
    </svg>
  );
}

export function LineChart({ title, xLabels, xTicks = xLabels.map((l) => [l]), series, note }: Props) {
  const id = useId();
  const [ref, w] = useChartWidth<HTMLElement>(W, W_MIN, W_MAX);
  const widest = Math.max(0, ...xTicks.map((lines) => labelWidth(lines)));
  const frame = frameFor(w, widest);
  // Labels at least the widest one's width (and a gap) apart, at most 10; the rest are in the tooltips and the table.
  const ticks = tickIndices(xLabels.length, tickStep(xLabels.length, plotWidth(frame), widest + TICK_GAP));
  return (
    <figure className="review-chart" ref={ref}>
      <svg viewBox={`0 0 ${w} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="review-chart-svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{note ? `${note}. ${describeSeries(series)}` : describeSeries(series)}</desc>
        <text x={6} y={12} className="review-chart-tick">
          Score (1–5)
        </text>
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={frame.left} x2={w - frame.right} y1={yAt(v)} y2={yAt(v)} className="review-chart-grid" />
            <text x={frame.left - 8} y={yAt(v) + 4} textAnchor="end" className="review-chart-tick">
              {v}
            </text>
          </g>
        ))}
        <XTicks xTicks={xTicks} xLabels={xLabels} ticks={ticks} frame={frame} />
        {series.map((s, n) => (
          <SeriesLine key={s.key} series={s} style={seriesStyle(n)} xLabels={xLabels} frame={frame} />
        ))}
      </svg>
      <ul className="review-legend" aria-label={`Legend: ${title}`}>
        {series.map((s, n) => (
          <li key={s.key}>
            <LegendSwatch n={n} /> {s.label}
            {s.values.every((v) => v === null) ? <span className="muted"> (none in these sessions)</span> : null}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** One series: its line, and a marker with a tooltip on each point while they have room (see markerIndices). */
function SeriesLine({ series: s, style, xLabels, frame }: { series: ChartSeries; style: SeriesStyle; xLabels: string[]; frame: Frame }) {
  const marked = markerIndices(s.values, plotWidth(frame));
  return (
    <g>
      <path d={linePath(s.values, frame)} fill="none" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash || undefined} className="review-chart-line" />
      {s.values.map((v, i) =>
        v === null || !marked.has(i) ? null : (
          <Marker key={i} style={style} x={xAt(i, s.values.length, frame)} y={yAt(v)} label={`${s.label}, ${xLabels[i]}: ${withAnswers(v, s.answers?.[i])}`} />
        ),
      )}
    </g>
  );
}

/** The x-axis labels that fit, each on up to two lines; hovering one shows the session's full name. */
function XTicks({ xTicks, xLabels, ticks, frame }: { xTicks: string[][]; xLabels: string[]; ticks: Set<number>; frame: Frame }) {
  const count = xLabels.length;
  return (
    <>
      {xTicks.map((lines, i) =>
        ticks.has(i) ? (
          <text key={i} x={xAt(i, count, frame)} y={H - PAD.bottom + 18} textAnchor="middle" className="review-chart-tick">
            <title>{xLabels[i]}</title>
            {lines.map((line, n) => (
              <tspan key={n} x={xAt(i, count, frame)} dy={n === 0 ? 0 : 15}>
                {line}
              </tspan>
            ))}
          </text>
        ) : null,
      )}
    </>
  );
}

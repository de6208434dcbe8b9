/** The numbers behind a chart as a plain table: one row per session, one column per series. */
import type { ReactNode } from 'react';
import type { ChartSeries } from './LineChart.js';
import { withAnswers } from './progress-data.js';

/** "3.4 from 2 answers", or "—" where the series has no point. */
function cell(s: ChartSeries, i: number): string {
  const v = s.values[i];
  return v === null || v === undefined ? '—' : withAnswers(v, s.answers?.[i]);
}

/**
 * A table that may be wider than a phone scrolls sideways in its own box. The box is a named,
 * focusable region so keyboard users can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="review-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function ScoreTable({ caption, xLabels, series }: { caption: string; xLabels: string[]; series: ChartSeries[] }) {
  return (
    <TableScroll label={caption}>
      <table className="review-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            {series.map((s) => (
              <th scope="col" key={s.key}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xLabels.map((label, i) => (
            <tr key={i}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.key}>{cell(s, i)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

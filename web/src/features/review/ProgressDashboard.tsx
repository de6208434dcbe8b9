/**
 * The progress dashboard: where the user is weakest now (see WeakestPanel),
 * the average of every session, the chosen competencies and each rubric
 * dimension over time (charts with a table beside each). The competency chart
 * is left out when every answer has one competency: it would repeat the average.
 * With many sessions the charts show the latest that fit (useChartWindow), with
 * a control to show more.
 */
import { useId, useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import { useLoad } from '../../hooks/useLoad.js';
import { getProgress, type Progress, type ProgressReport } from './api.js';
import { lastOf, lastPoints, parseChoice, tableNote } from './chart-window.js';
import { LineChart, type ChartSeries } from './LineChart.js';
import { axis, competencyLabel, defaultCompetencies, dimensionLabel, MAX_SERIES, toChartSeries, type ChartData } from './progress-data.js';
import { ScoreTable } from './ScoreTable.js';
import { useChartWindow, type ChartView, type WindowControl } from './useChartWindow.js';
import { WeakestPanel } from './WeakestPanel.js';
import './review.css';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** One chart and its table, both cut to the sessions in view. */
function ChartBlock({ title, data, series, view }: { title: string; data: ChartData; series: ChartSeries[]; view: ChartView }) {
  const xLabels = lastOf(data.xLabels, view.count);
  const shown = lastPoints(series, view.count);
  return (
    <section className="panel review-chart-block">
      <h2>{title}</h2>
      {view.windowed && <p className="review-window-line">{view.text}</p>}
      {series.length === 0 ? (
        <p className="muted">Nothing to show yet.</p>
      ) : (
        <LineChart title={title} xLabels={xLabels} xTicks={lastOf(data.xTicks, view.count)} series={shown} note={view.windowed ? view.text : undefined} />
      )}
      <details>
        <summary>Show the numbers as a table{view.windowed ? ` — ${tableNote(view.count, view.total)}` : ''}</summary>
        <ScoreTable caption={`${title} (scores 1–5)${view.windowed ? `: ${lowerFirst(view.text)}` : ''}`} xLabels={xLabels} series={shown} />
      </details>
    </section>
  );
}

/** How many sessions the charts show: a labelled select; the change is said in a status line. */
function WindowPicker({ options, value, onChange, message }: WindowControl) {
  const id = useId();
  return (
    <div className="review-window">
      <label htmlFor={id}>Sessions on the charts</label>
      <select id={id} value={value} onChange={(e) => onChange(parseChoice(e.target.value))}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Status>{message}</Status>
    </div>
  );
}

function CompetencyPicker({ progress, chosen, onChange }: { progress: Progress; chosen: string[]; onChange: (keys: string[]) => void }) {
  const toggle = (key: string, on: boolean): void => onChange(on ? [...chosen, key] : chosen.filter((k) => k !== key));
  return (
    <fieldset className="review-picker">
      <legend>Competencies to chart (up to {MAX_SERIES})</legend>
      {progress.competencies.map((c) => {
        const on = chosen.includes(c.key);
        return (
          <label key={c.key}>
            <input type="checkbox" checked={on} disabled={!on && chosen.length >= MAX_SERIES} onChange={(e) => toggle(c.key, e.target.checked)} />{' '}
            {competencyLabel(c.key)}
          </label>
        );
      })}
    </fieldset>
  );
}

/** The dashboard once there are sessions with feedback. */
function Dashboard({ progress }: { progress: ProgressReport }) {
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = useMemo(() => picked ?? defaultCompetencies(progress), [picked, progress]);
  const data = useMemo(() => axis(progress), [progress]);
  const { ref, view, control } = useChartWindow(progress);
  const overall: ChartSeries[] = [{ key: 'overall', label: 'Session average', values: progress.sessions.map((s) => s.average), answers: progress.sessions.map((s) => s.answers) }];
  const competencies = toChartSeries(progress, progress.competencies.filter((c) => chosen.includes(c.key)), competencyLabel);
  return (
    <section className="stack review-dashboard" ref={ref}>
      <div>
        <h1>Progress</h1>
        <p className="lead">
          {progress.sessions.length} session{progress.sessions.length === 1 ? '' : 's'} with feedback. Scores use the latest attempt of each question.
        </p>
      </div>
      <WeakestPanel progress={progress} />
      {view.windowed && <WindowPicker {...control} />}
      <ChartBlock title="Average score per session" data={data} series={overall} view={view} />
      {progress.onlyCompetency === null && (
        <>
          <section className="panel">
            <CompetencyPicker progress={progress} chosen={chosen} onChange={setPicked} />
          </section>
          <ChartBlock title="Competencies over time" data={data} series={competencies} view={view} />
        </>
      )}
      <ChartBlock title="Rubric dimensions over time" data={data} series={toChartSeries(progress, progress.dimensions, dimensionLabel)} view={view} />
    </section>
  );
}

export function ProgressDashboard() {
  const loaded = useLoad(getProgress, []);
  const progress = loaded.data;
  if (!progress) {
    return (
      <section>
        <h1>Progress</h1>
        <Status busy={loaded.loading}>{loaded.loading ? 'Loading your progress…' : null}</Status>
        <ErrorAlert message={loaded.error} />
      </section>
    );
  }
  if (progress.sessions.length === 0) {
    return (
      <section>
        <h1>Progress</h1>
        <p className="lead">Answer a few questions in a session to see your scores here. Each session with feedback becomes one point on every chart.</p>
      </section>
    );
  }
  return <Dashboard progress={progress} />;
}

/**
 * The progress dashboard: where the user is weakest now (see WeakestPanel),
 * the average of every session, the chosen competencies and each rubric
 * dimension over time (charts with a table beside each). The competency chart
 * is left out when every answer has one competency: it would repeat the average.
 */
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import { useLoad } from '../../hooks/useLoad.js';
import { getProgress, type Progress } from './api.js';
import { LineChart, type ChartSeries } from './LineChart.js';
import { axis, competencyLabel, defaultCompetencies, dimensionLabel, MAX_SERIES, toChartSeries } from './progress-data.js';
import { ScoreTable } from './ScoreTable.js';
import { WeakestPanel } from './WeakestPanel.js';
import './review.css';

function ChartBlock({ title, progress, series }: { title: string; progress: Progress; series: ChartSeries[] }) {
  const { xLabels, xTicks } = axis(progress);
  return (
    <section className="panel review-chart-block">
      <h2>{title}</h2>
      {series.length === 0 ? <p className="muted">Nothing to show yet.</p> : <LineChart title={title} xLabels={xLabels} xTicks={xTicks} series={series} />}
      <details>
        <summary>Show the numbers as a table</summary>
        <ScoreTable caption={`${title} (scores 1–5)`} xLabels={xLabels} series={series} />
      </details>
    </section>
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

export function ProgressDashboard() {
  const loaded = useLoad(getProgress, []);
  const [picked, setPicked] = useState<string[] | null>(null);
  const progress = loaded.data;
  const chosen = useMemo(() => picked ?? (progress ? defaultCompetencies(progress) : []), [picked, progress]);

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
  const overall: ChartSeries[] = [{ key: 'overall', label: 'Session average', values: progress.sessions.map((s) => s.average), answers: progress.sessions.map((s) => s.answers) }];
  const competencies = toChartSeries(progress, progress.competencies.filter((c) => chosen.includes(c.key)), competencyLabel);
  return (
    <section className="stack review-dashboard">
      <div>
        <h1>Progress</h1>
        <p className="lead">
          {progress.sessions.length} session{progress.sessions.length === 1 ? '' : 's'} with feedback. Scores use the latest attempt of each question.
        </p>
      </div>
      <WeakestPanel progress={progress} />
      <ChartBlock title="Average score per session" progress={progress} series={overall} />
      {progress.onlyCompetency === null && (
        <>
          <section className="panel">
            <CompetencyPicker progress={progress} chosen={chosen} onChange={setPicked} />
          </section>
          <ChartBlock title="Competencies over time" progress={progress} series={competencies} />
        </>
      )}
      <ChartBlock title="Rubric dimensions over time" progress={progress} series={toChartSeries(progress, progress.dimensions, dimensionLabel)} />
    </section>
  );
}

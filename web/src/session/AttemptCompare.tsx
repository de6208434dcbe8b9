/**
 * Attempts side by side: any two attempts, or an attempt beside the example
 * answer, with the rubric dimensions' change between two attempts.
 * Two columns where there is room, one under the other on a phone.
 */
import { useState } from 'react';
import type { AnswerWithFeedback, Feedback } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { DIMENSION_LABEL, formatScore } from '../labels.js';
import { AttemptColumn } from './AttemptColumn.js';
import { ExampleButton, ExampleCard } from './ExampleAnswerPanel.js';
import { changeBetween, dimensionChanges } from './score-change.js';
import { ScoreMove } from './ScoreMove.js';
import { exampleStatus, useFocusOnExample, type ExampleState } from './useExampleAnswer.js';

const EXAMPLE = 'example';

interface Props {
  /** Oldest first. */
  attempts: AnswerWithFeedback[];
  example: ExampleState;
}

/** Previous and latest attempt; with one attempt, that attempt and the example answer. */
function defaults(n: number): [string, string] {
  return n >= 2 ? [String(n - 2), String(n - 1)] : ['0', EXAMPLE];
}

export function AttemptCompare({ attempts, example }: Props) {
  const [[left, right], setPair] = useState<[string, string]>(() => defaults(attempts.length));
  if (attempts.length === 0) return null;
  const options = attempts.map((a, i) => ({ value: String(i), label: `Attempt ${i + 1}${a.feedback ? ` — ${formatScore(a.feedback.overall)} / 5` : ''}` }));
  const a = attempts[Number(left)];
  const b = right === EXAMPLE ? undefined : attempts[Number(right)];

  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading">Side by side</h3>
      <div className="compare-pickers">
        <div>
          <label htmlFor="compare-left">Compare</label>
          <select id="compare-left" value={left} onChange={(e) => setPair([e.target.value, right])}>
            {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="compare-right">with</label>
          <select id="compare-right" value={right} onChange={(e) => setPair([left, e.target.value])}>
            {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            <option value={EXAMPLE}>The example answer</option>
          </select>
        </div>
      </div>
      <div className="compare-grid">
        {a && <AttemptColumn attempt={a} number={Number(left) + 1} />}
        {b ? <AttemptColumn attempt={b} number={Number(right) + 1} /> : <ExampleColumn state={example} />}
      </div>
      {a?.feedback && b?.feedback && a !== b && (
        <DimensionMoves older={a.feedback} newer={b.feedback} than={`attempt ${Number(left) + 1}`} caption={`By dimension: attempt ${Number(left) + 1} → attempt ${Number(right) + 1}`} />
      )}
    </section>
  );
}

function ExampleColumn({ state }: { state: ExampleState }) {
  const { example, load } = state;
  const headingRef = useFocusOnExample(state);
  return (
    <div className="compare-col compare-example">
      {example ? (
        <ExampleCard example={example} headingRef={headingRef} />
      ) : (
        <>
          <h4>Example answer</h4>
          <p className="muted">A model answer built only from your own resume and stories, with gaps left as [placeholders].</p>
          <ExampleButton state={state} />
        </>
      )}
      <Status busy={load.busy}>{exampleStatus(state)}</Status>
      <ErrorAlert message={load.error} />
    </div>
  );
}

function DimensionMoves({ older, newer, than, caption }: { older: Feedback; newer: Feedback; than: string; caption: string }) {
  return (
    <table className="compare-dims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {dimensionChanges(older, newer).map((d) => {
          const change = changeBetween(d.from, d.to);
          return (
            <tr key={d.key}>
              <th scope="row">{DIMENSION_LABEL[d.key] ?? d.key}</th>
              <td>
                {change ? <ScoreMove change={change} than={than} /> : `${formatScore(d.from)} → ${formatScore(d.to)}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Where the user is weakest now, in words: the rubric dimension with the
 * lowest average, the lowest-scoring competencies (or why none can be named),
 * and "practise your weakest".
 */
import { MIN_ANSWERS_TO_RANK } from '../../../../src/shared/labels.js';
import { formatScore } from '../../labels.js';
import type { ProgressReport } from './api.js';
import { PractiseWeakestButton } from './PractiseWeakestButton.js';
import { competencyLabel, dimensionLabel } from './progress-data.js';

/** Some listed competencies are thinly evidenced and some are not: the order needs saying. */
const mixedEvidence = (p: ProgressReport): boolean => {
  const thin = p.weakest.filter((w) => w.answers < MIN_ANSWERS_TO_RANK).length;
  return thin > 0 && thin < p.weakest.length;
};

const answers = (n: number): string => `${n} answer${n === 1 ? '' : 's'}`;

/** "A", "A and B", "A, B and C". */
const listOf = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);

/** What the new session will aim at, in the button's hint. */
export function weakestAim(p: ProgressReport): string {
  const on = p.weakest.length > 0 ? ` on ${listOf(p.weakest.map((w) => competencyLabel(w.competency)))}` : '';
  const aim = p.weakestDimension ? `, aimed at ${dimensionLabel(p.weakestDimension.key)}` : '';
  return `Builds a new session with the questions you still answer weakly, to retry, plus fresh questions${on}${aim}.`;
}

export function WeakestPanel({ progress }: { progress: ProgressReport }) {
  const dim = progress.weakestDimension;
  return (
    <section className="panel" aria-labelledby="weakest-heading">
      <h2 id="weakest-heading">Where you are weakest now</h2>
      <p className="hint">From the latest attempt of each question you answered (a question asked in several sessions counts once).</p>
      {dim && (
        <p className="review-weakest-dimension">
          Your weakest part: <strong>{dimensionLabel(dim.key)}</strong>, {formatScore(dim.average)} on average over {answers(dim.scored)}.
        </p>
      )}
      {progress.onlyCompetency !== null ? (
        <p>
          Every question you answered has the same competency ({competencyLabel(progress.onlyCompetency)}), so there is no weakest competency to name yet, and a
          chart per competency would only repeat the session average. Answer questions on other competencies to compare them.
        </p>
      ) : (
        <>
          <h3>Lowest-scoring competencies</h3>
          <ol className="review-weakest">
            {progress.weakest.map((w) => (
              <li key={w.competency}>
                <strong>{competencyLabel(w.competency)}</strong> — average {formatScore(w.average)} of 5 over {answers(w.answers)}
                {w.answers < MIN_ANSWERS_TO_RANK && <span className="muted"> (few so far)</span>}
              </li>
            ))}
          </ol>
          {mixedEvidence(progress) && (
            <p className="hint">Competencies with fewer than {MIN_ANSWERS_TO_RANK} answers come after the others: an average of one or two answers says little yet.</p>
          )}
        </>
      )}
      <PractiseWeakestButton />
      <p className="hint">{weakestAim(progress)}</p>
    </section>
  );
}

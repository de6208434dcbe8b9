/** One attempt in the side-by-side view: its score, the answer (or spoken transcript) and the coach's main points. */
import type { AnswerWithFeedback, Feedback } from '../api/types.js';
import { countWords, formatScore } from '../labels.js';

const SOURCE_LABEL: Record<AnswerWithFeedback['source'], string> = {
  text: 'Typed',
  voice: 'Spoken',
  realtime: 'Spoken in the voice interview',
};

/** "26 Nov, 10:42": attempts are often minutes apart, so the time matters more than the year. */
function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "140 words a minute · 3 fillers · 2 long pauses": what was measured, nothing inferred. */
function deliveryLine(d: NonNullable<Feedback['delivery']>): string {
  const parts = [
    d.wordsPerMinute !== null ? `${Math.round(d.wordsPerMinute)} words a minute` : null,
    `${d.fillers.count} filler${d.fillers.count === 1 ? '' : 's'}`,
    `${d.pauses.count15} long pause${d.pauses.count15 === 1 ? '' : 's'}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

export function AttemptColumn({ attempt: a, number }: { attempt: AnswerWithFeedback; number: number }) {
  const f = a.feedback;
  const spoken = a.source !== 'text';
  const id = `attempt-col-${a.id}`;
  return (
    <article className="compare-col" aria-labelledby={id}>
      <h4 id={id}>
        Attempt {number} <span className="muted compare-date">· {when(a.createdAt)}</span>
      </h4>
      <p className="compare-score">
        {f ? <><strong>{formatScore(f.overall)}</strong> / 5</> : <span className="muted">No feedback</span>}
      </p>
      <p className="compare-kind muted">{SOURCE_LABEL[a.source]} · {countWords(a.text)} words</p>
      <p className="compare-label">{spoken ? 'Transcript' : 'Answer'}</p>
      <div className="compare-text" role="region" aria-label={`Attempt ${number}: ${spoken ? 'transcript' : 'answer'}`} tabIndex={0}>
        {a.text}
      </div>
      {f?.delivery && <p className="compare-delivery">{deliveryLine(f.delivery)}</p>}
      {f && (
        <>
          <p className="compare-label">Coach</p>
          <p className="compare-summary">{f.summary}</p>
          {f.improvements.length > 0 && (
            <>
              <p className="compare-label">To fix</p>
              <ul className="compare-fixes">{f.improvements.slice(0, 2).map((s, i) => <li key={i}>{s}</li>)}</ul>
            </>
          )}
        </>
      )}
    </article>
  );
}

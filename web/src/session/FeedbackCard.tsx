/** The coach's feedback on one answer: overall, dimensions with quotes, strengths, fixes, the stories it drew on, follow-up. */
import type { Ref } from 'react';
import type { Answer, Feedback } from '../api/types.js';
import { formatScore } from '../labels.js';
import { hasStrongPart } from '../../../src/shared/labels.js';
import { BasedOnStories } from './BasedOnStories.js';
import { CoachLabel } from './CoachLabel.js';
import { DimensionTable } from './DimensionTable.js';
import { FollowUp } from './FollowUp.js';
import { RememberButton } from './RememberButton.js';
import type { ScoreChange } from './score-change.js';
import { ScoreMove } from './ScoreMove.js';
import { DeliveryPanel } from '../features/voice/index.js';

interface Props {
  sessionId: string;
  answer: Answer;
  feedback: Feedback;
  headingRef?: Ref<HTMLHeadingElement>;
  onPractise?: (text: string) => Promise<void>;
  /** This attempt's overall score against the attempt before it, when there was one. */
  change?: ScoreChange | null;
}

export function FeedbackCard({ sessionId, answer, feedback: f, headingRef, onPractise, change }: Props) {
  return (
    <article className="feedback" aria-labelledby="feedback-heading">
      <div className="feedback-top">
        <h3 id="feedback-heading" ref={headingRef} tabIndex={-1}>Feedback</h3>
        <p className="overall" aria-label={`Overall score ${formatScore(f.overall)} out of 5`}>
          <span className="overall-number">{formatScore(f.overall)}</span>
          <span className="overall-max"> / 5</span>
        </p>
      </div>
      {change && (
        <p className="overall-change">
          <span aria-hidden="true">Since your last attempt: </span>
          <ScoreMove change={change} size="large" />
        </p>
      )}
      <CoachLabel coach={f.coach} />
      {/* Rows of 5s over an overall of 3.4 read as a contradiction unless it is said what each one is. */}
      <p className="overall-note">Overall rates the whole answer; each row below rates one part on its own, so the rows need not average to it.</p>
      <p className="summary">{f.summary}</p>
      <DimensionTable dimensions={f.dimensions} />
      {f.delivery && <DeliveryPanel delivery={f.delivery} text={answer.text} sessionId={sessionId} answerId={answer.id} />}
      <div className="two-lists">
        <FeedbackList title={hasStrongPart(f.dimensions) ? 'What worked' : 'What holds up best'} items={f.strengths} empty="Nothing stood out yet — see the fixes." />
        <FeedbackList title="What to fix" items={f.improvements} empty="No changes suggested." />
      </div>
      <BasedOnStories stories={f.basedOn} />
      {f.followUpQuestion && <FollowUp text={f.followUpQuestion} onPractise={onPractise} />}
      <details className="your-answer">
        <summary>Your answer, as submitted</summary>
        <p className="answer-text">{answer.text}</p>
      </details>
      <RememberButton sessionId={sessionId} answerId={answer.id} />
    </article>
  );
}

function FeedbackList({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  return (
    <div>
      <h4>{title}</h4>
      {items.length === 0 ? <p className="muted">{empty}</p> : <ul>{items.map((s, i) => <li key={i}>{s}</li>)}</ul>}
    </div>
  );
}

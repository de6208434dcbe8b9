/** Answer the selected question, watch the coach work, read the feedback. */
import { useEffect, useRef } from 'react';
import type { AnswerWithFeedback, Question } from '../api/types.js';
import { useAnswerStream } from '../hooks/useAnswerStream.js';
import { AnswerForm } from './AnswerForm.js';
import { Attempts } from './Attempts.js';
import { ExampleAnswerPanel } from './ExampleAnswerPanel.js';
import { FeedbackCard } from './FeedbackCard.js';
import { StreamProgress } from './StreamProgress.js';
import { VoiceAnswer } from '../features/voice/index.js';

interface Props {
  sessionId: string;
  question: Question;
  /** Focus the answer box when shown (the user just picked this question). */
  focusOnMount?: boolean;
  attempts: AnswerWithFeedback[];
  onAnswered: () => Promise<void>;
  /** Add a follow-up question to the session and switch to it. */
  onPractiseFollowUp?: (text: string) => Promise<void>;
}

export function AnswerPane({ sessionId, question, focusOnMount, attempts, onAnswered, onPractiseFollowUp }: Props) {
  const stream = useAnswerStream(sessionId);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const sorted = [...attempts].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const latest = sorted[sorted.length - 1];
  const shown = stream.result
    ? { answer: stream.result.answer, feedback: stream.result.feedback }
    : latest?.feedback ? { answer: latest, feedback: latest.feedback } : null;

  // New feedback: move focus to it, so keyboard and screen-reader users land on the result.
  useEffect(() => {
    if (stream.stage === 'done') feedbackRef.current?.focus();
  }, [stream.stage]);

  const submit = async (text: string): Promise<boolean> => {
    const res = await stream.submit({ questionId: question.id, text, source: 'text' });
    if (res || stream.saved) await onAnswered();
    return res !== null;
  };
  const busy = stream.stage === 'saving' || stream.stage === 'evaluating';

  return (
    <section className="panel answer-pane" aria-labelledby="answer-heading">
      <h2 id="answer-heading">Your answer</h2>
      <p className="current-question" id="current-question">{question.text}</p>
      <AnswerForm busy={busy} onSubmit={submit} autoFocus={focusOnMount} previousText={stream.result?.answer.text ?? latest?.text} />
      <VoiceAnswer sessionId={sessionId} question={question} showDelivery={false} onAnswered={async () => { await onAnswered(); }} />
      <StreamProgress stream={stream} />
      {shown && (
        <FeedbackCard
          headingRef={feedbackRef}
          sessionId={sessionId}
          answer={shown.answer}
          feedback={shown.feedback}
          onPractise={onPractiseFollowUp}
        />
      )}
      <Attempts attempts={sorted} />
      <ExampleAnswerPanel sessionId={sessionId} questionId={question.id} />
    </section>
  );
}

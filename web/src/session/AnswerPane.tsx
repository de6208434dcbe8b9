/**
 * Answer the selected question, watch the coach work, read the feedback.
 * Once answered, the pane shows the latest feedback with the score beside the
 * previous one, and "Try again" opens an empty answer box for a new attempt;
 * the attempts (and the example answer) can be read side by side.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { AnswerResult, AnswerWithFeedback, Question } from '../api/types.js';
import { useAnswerStream } from '../hooks/useAnswerStream.js';
import { ANSWER_BOX_ID, AnswerForm } from './AnswerForm.js';
import { AttemptCompare } from './AttemptCompare.js';
import { ExampleAnswerPanel } from './ExampleAnswerPanel.js';
import { FeedbackCard } from './FeedbackCard.js';
import { isRetryRequested, onRetryRequest, takeRetry } from './retry-request.js';
import { latestChange, sortAttempts } from './score-change.js';
import { StreamProgress } from './StreamProgress.js';
import { TRY_AGAIN_ID, TryAgainBar } from './TryAgainBar.js';
import { useExampleAnswer } from './useExampleAnswer.js';
import { VoiceAnswer, type VoiceAnswerResult } from '../features/voice/index.js';
import './session.css';

/** The user chose a question in the list; `count` grows with each choice, so choosing the same one again acts too. */
export interface FocusRequest {
  questionId: string;
  count: number;
}

interface Props {
  sessionId: string;
  question: Question;
  /** How many times the user chose this question (0 = not since the page opened): each change takes focus here. */
  focusRequest?: number;
  attempts: AnswerWithFeedback[];
  onAnswered: () => Promise<void>;
  /** Add a follow-up question to the session and switch to it. */
  onPractiseFollowUp?: (text: string) => Promise<void>;
}

/** The stored attempts plus a just-streamed one the session reload has not brought yet. */
function withResult(attempts: AnswerWithFeedback[], result: AnswerResult | null): AnswerWithFeedback[] {
  const all = result && !attempts.some((a) => a.id === result.answer.id) ? [...attempts, { ...result.answer, feedback: result.feedback }] : attempts;
  return sortAttempts(all);
}

/** Whether the answer box is open for another attempt, opened by "Try again" here or in the question rail. */
function useRetrying(questionId: string): [boolean, (on: boolean) => void] {
  // Read in the initializer (pure), cleared in the effect: StrictMode may run an initializer twice.
  const [retrying, setRetrying] = useState(() => isRetryRequested(questionId));
  useEffect(() => {
    takeRetry(questionId);
    return onRetryRequest(() => {
      if (takeRetry(questionId)) setRetrying(true);
    });
  }, [questionId]);
  return [retrying, setRetrying];
}

/**
 * Each time the user chooses this question, focus moves to where the work is: the answer box, else the
 * latest feedback, else "Try again" (an answer whose feedback failed). Focusing scrolls it into view.
 */
function useFocusOnRequest(request: number, feedbackRef: RefObject<HTMLHeadingElement | null>): void {
  useEffect(() => {
    if (request === 0) return;
    const target = document.getElementById(ANSWER_BOX_ID) ?? feedbackRef.current ?? document.getElementById(TRY_AGAIN_ID);
    target?.focus();
  }, [request, feedbackRef]);
}

/** What the server said about a spoken answer's recording (e.g. not kept), for the answer it belongs to. */
interface AudioNote {
  answerId: string;
  message: string;
}

/**
 * After a spoken answer: the voice panel closes (the feedback replaces it), so the recording's note
 * moves here, and focus goes to the new feedback as it does for a typed answer.
 */
function useSpokenAnswer(feedbackRef: RefObject<HTMLHeadingElement | null>) {
  const [note, setNote] = useState<AudioNote | null>(null);
  const [answered, setAnswered] = useState(0);
  useEffect(() => {
    if (answered === 0) return;
    (feedbackRef.current ?? document.getElementById(TRY_AGAIN_ID))?.focus();
  }, [answered, feedbackRef]);
  const record = (r: VoiceAnswerResult): void => setNote(r.audio.message ? { answerId: r.answer.id, message: r.audio.message } : null);
  return { note, record, focusFeedback: () => setAnswered((n) => n + 1) };
}

export function AnswerPane({ sessionId, question, focusRequest = 0, attempts, onAnswered, onPractiseFollowUp }: Props) {
  const stream = useAnswerStream(sessionId);
  const example = useExampleAnswer(sessionId, question.id);
  const [retrying, setRetrying] = useRetrying(question.id);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const sorted = withResult(attempts, stream.result);
  const latest = sorted.at(-1);
  const busy = stream.stage === 'saving' || stream.stage === 'evaluating';
  const answering = sorted.length === 0 || retrying || busy;
  useFocusOnRequest(focusRequest, feedbackRef);
  const spoken = useSpokenAnswer(feedbackRef);

  // New feedback: move focus to it, so keyboard and screen-reader users land on the result.
  useEffect(() => {
    if (stream.stage === 'done') feedbackRef.current?.focus();
  }, [stream.stage]);

  const submit = async (text: string): Promise<boolean> => {
    const res = await stream.submit({ questionId: question.id, text, source: 'text' });
    // On success the box closes; on failure it stays open with the text, ready to send again.
    setRetrying(res === null);
    // Reload either way: the answer may have been saved even when feedback failed.
    await onAnswered();
    return res !== null;
  };

  const cancelRetry = (): void => {
    setRetrying(false);
    requestAnimationFrame(() => document.getElementById(TRY_AGAIN_ID)?.focus());
  };

  return (
    <section className="panel answer-pane" aria-labelledby="answer-heading">
      <h2 id="answer-heading">Your answer</h2>
      <p className="current-question" id="current-question">{question.text}</p>
      {answering ? (
        <div className={retrying ? 'retry-box' : undefined}>
          {retrying && latest && (
            <p className="retry-note">
              Attempt {sorted.length + 1}.{latest.feedback ? " Your last attempt's feedback stays below while you write." : ''}{' '}
              {!busy && (
                <button type="button" className="link-button" onClick={cancelRetry}>
                  Cancel — keep my last attempt
                </button>
              )}
            </p>
          )}
          <AnswerForm busy={busy} category={question.category} onSubmit={submit} autoFocus={retrying} previousText={latest?.text} />
          <VoiceAnswer
            sessionId={sessionId}
            question={question}
            showDelivery={false}
            onAnswered={async (r) => {
              spoken.record(r);
              setRetrying(false);
              await onAnswered();
              spoken.focusFeedback();
            }}
          />
        </div>
      ) : (
        latest && <TryAgainBar attempts={sorted} onTryAgain={() => setRetrying(true)} />
      )}
      <StreamProgress stream={stream} />
      {latest?.feedback && (
        <FeedbackCard
          headingRef={feedbackRef}
          sessionId={sessionId}
          answer={latest}
          feedback={latest.feedback}
          change={latestChange(sorted)}
          onPractise={onPractiseFollowUp}
        />
      )}
      {spoken.note && spoken.note.answerId === latest?.id && <p className="hint voice-audio-note">{spoken.note.message}</p>}
      {sorted.length > 0 ? <AttemptCompare key={sorted.length} attempts={sorted} example={example} /> : <ExampleAnswerPanel state={example} />}
    </section>
  );
}

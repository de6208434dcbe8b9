/**
 * The answer textarea with a word count and a tip fitting the question's kind; Ctrl/⌘+Enter submits. Keeps the text for a retry.
 * Text the coach cannot score (too few words, too long) is refused here with the server's own message
 * (src/shared/answer-text.ts), shown under the box and tied to it, so the caret and the reason are seen together.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { QuestionCategory } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ANSWER_HINT } from '../labels.js';
import { answerTextProblem } from '../../../src/shared/answer-text.js';
import { answerCount } from './answer-count.js';
import { BusyButton } from './BusyButton.js';

interface Props {
  busy: boolean;
  /** The question's kind: the tip under the box fits it (no STAR story for a technical question). */
  category: QuestionCategory;
  /** Resolves true when feedback arrived. */
  onSubmit: (text: string) => Promise<boolean>;
  autoFocus?: boolean;
  /** The last submitted answer, offered as a starting point for a retry. */
  previousText?: string;
}

export const ANSWER_BOX_ID = 'answer-text';
const ERROR_ID = 'answer-error';

/** Put focus in the box and bring it (and the line under it, when there is room) into view. */
function revealBox(box: HTMLTextAreaElement | null, below?: HTMLElement | null): void {
  if (!box) return;
  box.focus({ preventScroll: true });
  below?.scrollIntoView({ block: 'nearest' });
  box.scrollIntoView({ block: 'nearest' });
}

/**
 * The text, its refusal (null: not refused) and the ways to send or fill it. A refusal brings the
 * caret and the reason into view together (the box keeps focus, or gets it back from the button).
 */
function useAnswerText(busy: boolean, onSubmit: Props['onSubmit'], previousText?: string) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) revealBox(boxRef.current, errorRef.current);
  }, [problem]);

  const submit = (e?: FormEvent): void => {
    e?.preventDefault();
    if (busy || !text.trim()) return;
    const refused = answerTextProblem(text);
    setProblem(refused);
    if (!refused) void onSubmit(text.trim());
  };
  const change = (value: string): void => {
    setText(value);
    setProblem(null);
  };
  const startFromLast = (): void => {
    // The button goes away once the box has text: focus moves first to where the editing happens
    // (the caret lands at the end of the text that fills the focused box).
    revealBox(boxRef.current);
    setText(previousText ?? '');
  };
  return { text, problem, boxRef, errorRef, submit, change, startFromLast };
}

export function AnswerForm({ busy, category, onSubmit, autoFocus, previousText }: Props) {
  const { text, problem, boxRef, errorRef, submit, change, startFromLast } = useAnswerText(busy, onSubmit, previousText);
  const count = answerCount(text);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  };

  return (
    <form className="form" onSubmit={submit}>
      <label htmlFor={ANSWER_BOX_ID}>Type your answer</label>
      {previousText && text === '' && (
        <button type="button" className="link-button align-start" onClick={startFromLast}>
          Start from your last answer
        </button>
      )}
      <textarea
        id={ANSWER_BOX_ID}
        ref={boxRef}
        rows={9}
        value={text}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${problem ? `${ERROR_ID} ` : ''}current-question answer-count answer-tip`}
        aria-invalid={problem ? true : undefined}
        autoFocus={autoFocus}
        readOnly={busy}
      />
      <div id={ERROR_ID} ref={errorRef}>
        <ErrorAlert message={problem} />
      </div>
      <p className={count.over ? 'hint over-limit' : 'hint'} id="answer-count">
        {count.line}
      </p>
      <p className="hint" id="answer-tip">{ANSWER_HINT[category]} Ctrl+Enter submits.</p>
      <BusyButton type="submit" className="button primary" busy={busy || !text.trim()}>
        {busy ? 'Coach is reading…' : 'Get feedback'}
      </BusyButton>
    </form>
  );
}

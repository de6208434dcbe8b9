/** The answer textarea with a word count and a tip fitting the question's kind; Ctrl/⌘+Enter submits. Keeps the text for a retry. */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { QuestionCategory } from '../api/types.js';
import { ANSWER_HINT } from '../labels.js';
import { answerCount } from './answer-count.js';

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

export function AnswerForm({ busy, category, onSubmit, autoFocus, previousText }: Props) {
  const [text, setText] = useState('');
  const count = answerCount(text);

  const submit = (e?: FormEvent): void => {
    e?.preventDefault();
    if (busy || !text.trim()) return;
    void onSubmit(text.trim());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  };

  return (
    <form className="form" onSubmit={submit}>
      <label htmlFor="answer-text">Type your answer</label>
      {previousText && text === '' && (
        <button type="button" className="link-button align-start" onClick={() => setText(previousText)}>
          Start from your last answer
        </button>
      )}
      <textarea
        id="answer-text"
        rows={9}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby="current-question answer-count answer-tip"
        autoFocus={autoFocus}
        readOnly={busy}
      />
      <p className={count.over ? 'hint over-limit' : 'hint'} id="answer-count">
        {count.line}
      </p>
      <p className="hint" id="answer-tip">{ANSWER_HINT[category]} Ctrl+Enter submits.</p>
      <button type="submit" className="button primary" disabled={busy || !text.trim()}>
        {busy ? 'Coach is reading…' : 'Get feedback'}
      </button>
    </form>
  );
}

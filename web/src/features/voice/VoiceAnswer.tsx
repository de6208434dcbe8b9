/**
 * Turn-based voice mode for one question: hear it, record an answer, fix the
 * transcript, submit, and see delivery next to the coach's feedback.
 * Works with no key (browser recognition or typing) and no voices (text only).
 */
import { useRef, useState, type RefObject } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import type { VoiceAnswerResult } from './api.js';
import { DeliveryPanel } from './DeliveryPanel.js';
import { MIC_BUSY } from './mic-lock.js';
import { useMicOwner } from './useMicOwner.js';
import { QuestionReader } from './QuestionReader.js';
import { RecordControls } from './RecordControls.js';
import { TranscriptEditor } from './TranscriptEditor.js';
import { useHoldToTalk } from './useHoldToTalk.js';
import { TRANSCRIBE_ANYWAY, TRY_TRANSCRIPTION, turnStatus } from './turn-status.js';
import { type RetryKind, useVoiceTurn } from './useVoiceTurn.js';
import './voice.css';

export interface VoiceAnswerProps {
  sessionId: string;
  question: { id: string; text: string };
  /** Called after the answer and its feedback are saved (e.g. reload the session). */
  onAnswered?: (result: VoiceAnswerResult) => void | Promise<void>;
  /** Show the delivery panel here after submitting (turn off when the feedback card already shows it). */
  showDelivery?: boolean;
}

/** After submitting: the delivery (unless the feedback card shows it), the recording's note, and "again". */
function TurnResult({ result, sessionId, showDelivery, onAgain }: { result: VoiceAnswerResult; sessionId: string; showDelivery: boolean; onAgain: () => void }) {
  return (
    <>
      {showDelivery && (
        <DeliveryPanel delivery={result.feedback.delivery} text={result.answer.text} sessionId={sessionId} answerId={result.answer.id} audioStored={result.audio.stored} />
      )}
      {result.audio.message && <p className="hint">{result.audio.message}</p>}
      <button type="button" className="button secondary" onClick={onAgain}>
        Record another attempt
      </button>
    </>
  );
}

/** Send the kept recording to the transcriber again: after a failure, or when the microphone seemed silent. */
function RetryTranscription({ kind, busy, onRetry }: { kind: RetryKind; busy: boolean; onRetry: () => void }) {
  return (
    <div className="actions">
      <button type="button" className="button secondary" onClick={busy ? undefined : onRetry} aria-disabled={busy || undefined}>
        {kind === 'failed' ? TRY_TRANSCRIPTION : TRANSCRIBE_ANYWAY}
      </button>
    </div>
  );
}

type Turn = ReturnType<typeof useVoiceTurn>;

/** The retry offer and the transcript box; when either goes away, focus moves to what the user does next. */
function PendingAnswer({ turn, busy, panel }: { turn: Turn; busy: boolean; panel: RefObject<HTMLElement | null> }) {
  const discard = () => {
    // The record button stays in place: hand focus to it before the transcript box goes.
    panel.current?.querySelector<HTMLButtonElement>('.voice-record button')?.focus();
    turn.again();
  };
  const retry = async () => {
    await turn.retryTranscription();
    // The retry button goes once a transcript arrives: continue in the transcript box (after it renders) either way.
    requestAnimationFrame(() => document.getElementById('voice-transcript')?.focus());
  };
  return (
    <>
      {turn.retry && <RetryTranscription kind={turn.retry} busy={busy} onRetry={() => void retry()} />}
      {(turn.stage === 'editing' || turn.stage === 'submitting') && (
        <TranscriptEditor text={turn.draft.text} busy={turn.stage === 'submitting'} onChange={turn.setText} onSubmit={() => void turn.submit()} onDiscard={discard} />
      )}
    </>
  );
}

export function VoiceAnswer({ sessionId, question, onAnswered, showDelivery = true }: VoiceAnswerProps) {
  const turn = useVoiceTurn(sessionId, question.id, onAnswered);
  const recording = turn.stage === 'recording';
  const busy = turn.stage === 'transcribing' || turn.stage === 'submitting';
  const hold = useHoldToTalk(turn.stage, turn.startRecording, turn.stopRecording);
  const micOwner = useMicOwner();
  const blocked = micOwner === 'interview' ? MIC_BUSY.interview : null;
  // "Record another attempt" disappears when pressed: the record button that replaces it takes focus.
  const [again, setAgain] = useState(false);
  const panel = useRef<HTMLElement>(null);

  return (
    <section ref={panel} className="panel voice-turn" aria-labelledby="voice-heading" onKeyDown={hold.onKeyDown} tabIndex={-1}>
      <h3 id="voice-heading">Answer out loud</h3>
      <QuestionReader text={question.text} />
      {turn.stage !== 'done' && (
        <RecordControls
          recording={recording}
          state={turn.recorder.state}
          disabled={busy}
          blocked={blocked}
          elapsed={turn.recorder.elapsed}
          level={turn.recorder.level}
          speaking={turn.recorder.speaking}
          onStart={() => void turn.startRecording()}
          onStop={() => void turn.stopRecording()}
          autoFocus={again}
          askReplace={turn.askReplace}
          onReplace={() => void turn.startRecording(true)}
          onKeep={turn.keepDraft}
        />
      )}
      {turn.serverTranscriber === false && turn.stage === 'ready' && (
        <p className="hint">No server transcriber is configured: your browser's speech recognition is used where it works, otherwise you type what you said.</p>
      )}
      <Status busy={busy}>{turnStatus(turn.stage, turn.draft.audio !== null, turn.notice)}</Status>
      <ErrorAlert message={turn.error} />
      <PendingAnswer turn={turn} busy={busy} panel={panel} />
      {turn.result && <TurnResult result={turn.result} sessionId={sessionId} showDelivery={showDelivery} onAgain={() => { setAgain(true); turn.again(); }} />}
    </section>
  );
}

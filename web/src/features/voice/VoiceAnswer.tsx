/**
 * Turn-based voice mode for one question: hear it, record an answer, fix the
 * transcript, submit, and see delivery next to the coach's feedback.
 * Works with no key (browser recognition or typing) and no voices (text only).
 */
import { useState } from 'react';
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
import { turnStatus } from './turn-status.js';
import { useVoiceTurn } from './useVoiceTurn.js';
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

export function VoiceAnswer({ sessionId, question, onAnswered, showDelivery = true }: VoiceAnswerProps) {
  const turn = useVoiceTurn(sessionId, question.id, onAnswered);
  const recording = turn.stage === 'recording';
  const busy = turn.stage === 'transcribing' || turn.stage === 'submitting';
  const hold = useHoldToTalk(turn.stage, turn.startRecording, turn.stopRecording);
  const micOwner = useMicOwner();
  const blocked = micOwner === 'interview' ? MIC_BUSY.interview : null;
  // "Record another attempt" disappears when pressed: the record button that replaces it takes focus.
  const [again, setAgain] = useState(false);

  return (
    <section className="panel voice-turn" aria-labelledby="voice-heading" onKeyDown={hold.onKeyDown} tabIndex={-1}>
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
        />
      )}
      {turn.serverTranscriber === false && turn.stage === 'ready' && (
        <p className="hint">No server transcriber is configured: your browser's speech recognition is used where it works, otherwise you type what you said.</p>
      )}
      <Status busy={busy}>{turnStatus(turn.stage, turn.draft.recording !== null, turn.notice)}</Status>
      <ErrorAlert message={turn.error} />
      {(turn.stage === 'editing' || turn.stage === 'submitting') && (
        <TranscriptEditor text={turn.draft.text} busy={turn.stage === 'submitting'} onChange={turn.setText} onSubmit={() => void turn.submit()} />
      )}
      {turn.result && <TurnResult result={turn.result} sessionId={sessionId} showDelivery={showDelivery} onAgain={() => { setAgain(true); turn.again(); }} />}
    </section>
  );
}

/**
 * Turn-based voice mode for one question: hear it, record an answer, fix the
 * transcript, submit, and see delivery next to the coach's feedback.
 * Works with no key (browser recognition or typing) and no voices (text only).
 */
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import type { VoiceAnswerResult } from './api.js';
import { DeliveryPanel } from './DeliveryPanel.js';
import { QuestionReader } from './QuestionReader.js';
import { RecordControls } from './RecordControls.js';
import { TranscriptEditor } from './TranscriptEditor.js';
import { useHoldToTalk } from './useHoldToTalk.js';
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

export function VoiceAnswer({ sessionId, question, onAnswered, showDelivery = true }: VoiceAnswerProps) {
  const turn = useVoiceTurn(sessionId, question.id, onAnswered);
  const recording = turn.stage === 'recording';
  const busy = turn.stage === 'transcribing' || turn.stage === 'submitting';
  const hold = useHoldToTalk(turn.stage, turn.startRecording, turn.stopRecording);

  return (
    <section className="panel voice-turn" aria-labelledby="voice-heading" onKeyDown={hold.onKeyDown} tabIndex={-1}>
      <h3 id="voice-heading">Answer out loud</h3>
      <QuestionReader text={question.text} />
      {turn.stage !== 'done' && (
        <RecordControls
          recording={recording}
          state={turn.recorder.state}
          disabled={busy}
          elapsed={turn.recorder.elapsed}
          level={turn.recorder.level}
          speaking={turn.recorder.speaking}
          onStart={() => void turn.startRecording()}
          onStop={() => void turn.stopRecording()}
        />
      )}
      {turn.serverTranscriber === false && turn.stage === 'ready' && (
        <p className="hint">No server transcriber is configured: your browser's speech recognition is used where it works, otherwise you type what you said.</p>
      )}
      <Status busy={busy}>{turn.stage === 'transcribing' ? 'Transcribing your answer…' : turn.stage === 'submitting' ? 'Saving your answer and asking the coach…' : null}</Status>
      {turn.notice && turn.stage === 'editing' && <p className="notice">{turn.notice}</p>}
      <ErrorAlert message={turn.error} />
      {(turn.stage === 'editing' || turn.stage === 'submitting') && (
        <TranscriptEditor text={turn.draft.text} busy={turn.stage === 'submitting'} onChange={turn.setText} onSubmit={() => void turn.submit()} />
      )}
      {turn.result && (
        <>
          {showDelivery && (
            <DeliveryPanel
              delivery={turn.result.feedback.delivery}
              text={turn.result.answer.text}
              sessionId={sessionId}
              answerId={turn.result.answer.id}
              audioStored={turn.result.audio.stored}
            />
          )}
          {turn.result.audio.message && <p className="hint">{turn.result.audio.message}</p>}
          <button type="button" className="button secondary" onClick={turn.again}>
            Record another attempt
          </button>
        </>
      )}
    </section>
  );
}

/**
 * "Start voice interview": a live spoken interview with the coach over
 * WebRTC, with both sides of the transcript shown and saved as they
 * complete. Without a server key it explains what is needed and offers the
 * turn-based mode instead.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api/client.js';
import { updateSession } from '../../api/sessions.js';
import type { AnswerResult, Question } from '../../api/types.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import { useLoad } from '../../hooks/useLoad.js';
import { exportUrl, listVoices, loadTranscript, rememberItems, submitVoiceAnswer } from './api.js';
import { EventLog } from './EventLog.js';
import { NoKeyNotice } from './NoKeyNotice.js';
import { orderedItems } from './ordering.js';
import { SavedTranscript } from './SavedTranscript.js';
import { TranscriptView } from './TranscriptView.js';
import { useRealtimeCall, type CallStage } from './useRealtimeCall.js';
import { useTranscriptSaver } from './useTranscriptSaver.js';
import { VoicePicker } from './VoicePicker.js';
import './realtime.css';

export interface RealtimeInterviewProps {
  sessionId: string;
  questions: Question[];
  /** The question selected on the page; voice turns are linked to it. */
  questionId: string | null;
  /** The session's saved voice choice. */
  voice: string | null;
  /** Called after a voice answer was evaluated (reload the session). */
  onAnswered?: (result: AnswerResult) => void | Promise<void>;
  /** Switch to the turn-based voice mode (shown when realtime needs a key). */
  onTurnBased?: () => void;
}

const STAGE_TEXT: Record<CallStage, string> = {
  idle: '',
  starting: 'Connecting… (allow the microphone if your browser asks)',
  live: 'Live: speak when the coach has finished. Take your time; pauses are fine.',
  reconnecting: 'Connection lost. Reconnecting…',
  ended: 'Interview stopped. The transcript is saved.',
  error: '',
};

export function RealtimeInterview({ sessionId, questions, questionId, voice, onAnswered, onTurnBased }: RealtimeInterviewProps) {
  const catalog = useLoad(() => listVoices(), []);
  const saved = useLoad(() => loadTranscript(sessionId), [sessionId]);
  const [chosenVoice, setChosenVoice] = useState<string | null>(voice);
  const [current, setCurrent] = useState<string | null>(questionId ?? questions[0]?.id ?? null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setCurrent(questionId ?? questions[0]?.id ?? null), [questionId, questions]);
  const currentRef = useRef(current);
  currentRef.current = current;
  const saver = useTranscriptSaver(sessionId, useCallback(() => currentRef.current, []));
  const call = useRealtimeCall({ sessionId, voice: chosenVoice, onCompleted: (item, c) => void saver.save(item, c) });

  const audioRef = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    if (audioRef.current) audioRef.current.srcObject = call.remote;
  }, [call.remote]);

  // Refresh the saved transcript when a call ends, so it shows what the server kept.
  useEffect(() => {
    if (call.stage === 'ended' || call.stage === 'error') void saved.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [call.stage]);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      await fn();
    } catch (err) {
      setActionError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const pickVoice = (v: string) => {
    setChosenVoice(v);
    void act(async () => void (await updateSession(sessionId, { voice: v })));
  };
  const submit = () =>
    act(async () => {
      if (!current) return;
      const result = await submitVoiceAnswer(sessionId, current);
      setNotice(`Feedback ready: ${result.feedback.overall} / 5. See it under the question.`);
      await onAnswered?.(result);
    });
  const remember = () =>
    act(async () => {
      await rememberItems(sessionId, [...picked]);
      setPicked(new Set());
      setNotice('Saved to your stories.');
    });

  if (catalog.data?.needsKey) return <section className="panel realtime" aria-labelledby="realtime-heading"><h2 id="realtime-heading">Voice interview</h2><NoKeyNotice message={catalog.data.message} onTurnBased={onTurnBased} /></section>;

  const active = call.stage === 'starting' || call.stage === 'live' || call.stage === 'reconnecting';
  const items = orderedItems(call.conversation);

  return (
    <section className="panel realtime" aria-labelledby="realtime-heading">
      <h2 id="realtime-heading">Voice interview</h2>
      {catalog.data && <VoicePicker voices={catalog.data.voices} value={chosenVoice ?? catalog.data.defaultVoice} disabled={active} onChange={pickVoice} />}
      <div className="field-row">
        <label htmlFor="realtime-question">Answering</label>
        <select id="realtime-question" value={current ?? ''} onChange={(e) => setCurrent(e.target.value || null)}>
          {questions.length === 0 && <option value="">(no questions yet)</option>}
          {questions.map((q, i) => (
            <option key={q.id} value={q.id}>
              {i + 1}. {q.text.length > 80 ? `${q.text.slice(0, 77)}…` : q.text}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        {!active ? (
          <button type="button" className="button primary" onClick={() => void call.start()} disabled={!catalog.data}>
            Start voice interview
          </button>
        ) : (
          <>
            <button type="button" className="button secondary" onClick={call.toggleMute} aria-pressed={call.muted}>
              {call.muted ? 'Unmute microphone' : 'Mute microphone'}
            </button>
            <button type="button" className="button secondary" onClick={call.stop}>
              Stop
            </button>
          </>
        )}
        <button type="button" className="button secondary" onClick={() => void submit()} disabled={busy || !current}>
          Get feedback on my spoken answer
        </button>
      </div>
      <Status busy={call.stage === 'starting' || call.stage === 'reconnecting'}>{STAGE_TEXT[call.stage]}</Status>
      <ErrorAlert message={call.error ?? catalog.error} onDismiss={call.error ? call.clearError : undefined} />
      <audio ref={audioRef} autoPlay aria-label="Coach audio" />
      <TranscriptView
        items={items}
        status={saver.status}
        picked={picked}
        onPick={(id, on) => setPicked((s) => { const n = new Set(s); if (on) n.add(id); else n.delete(id); return n; })}
      />
      <div className="actions">
        {picked.size > 0 && (
          <button type="button" className="button secondary" onClick={() => void remember()} disabled={busy}>
            Remember {picked.size === 1 ? 'this' : `these ${picked.size}`} as a story
          </button>
        )}
        <a className="link-button" href={exportUrl(sessionId, 'md')} download>Download transcript (Markdown)</a>
        <a className="link-button" href={exportUrl(sessionId, 'json')} download>(JSON)</a>
      </div>
      <Status>{notice}</Status>
      <ErrorAlert message={actionError} onDismiss={() => setActionError(null)} />
      <SavedTranscript items={saved.data ?? []} />
      <EventLog entries={call.log} />
    </section>
  );
}

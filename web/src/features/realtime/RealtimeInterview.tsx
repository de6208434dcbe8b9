/**
 * "Start voice interview": a live spoken interview with the coach over
 * WebRTC, with both sides of the transcript shown and saved as they
 * complete, each line linked to the question the interviewer is on
 * (question-link.ts). Without a server key it explains what is needed and
 * offers the turn-based mode instead.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { messageOf } from '../../api/client.js';
import { updateSession } from '../../api/sessions.js';
import type { AnswerResult, Question } from '../../api/types.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import { useLoad } from '../../hooks/useLoad.js';
import { MIC_BUSY } from '../voice/mic-lock.js';
import { useMicOwner } from '../voice/useMicOwner.js';
import { FocusStatus } from '../../session/FocusStatus.js';
import { rememberedLead } from '../../session/remembered.js';
import { exportUrl, listVoices, loadTranscript, rememberItems, submitVoiceAnswer } from './api.js';
import { CallControls, isActive } from './CallControls.js';
import { EventLog } from './EventLog.js';
import { InterviewerStories } from './InterviewerStories.js';
import { NoKeyNotice } from './NoKeyNotice.js';
import { orderedItems, type LiveItem } from './ordering.js';
import { QuestionPicker } from './QuestionPicker.js';
import { SavedTranscript } from './SavedTranscript.js';
import { savedSummary } from './stop-summary.js';
import { TranscriptView } from './TranscriptView.js';
import { useQuestionLink } from './useQuestionLink.js';
import { useRealtimeCall, type CallStage } from './useRealtimeCall.js';
import { useTranscriptSaver, type SaveStatus } from './useTranscriptSaver.js';
import { VoicePicker } from './VoicePicker.js';
import './realtime.css';

export interface RealtimeInterviewProps {
  sessionId: string;
  questions: Question[];
  /** The question selected on the page: where "Answering" starts before the interviewer asks one. */
  questionId: string | null;
  /** The session's saved voice choice. */
  voice: string | null;
  /** Called after a voice answer was evaluated (reload the session). */
  onAnswered?: (result: AnswerResult) => void | Promise<void>;
  /** Switch to the turn-based voice mode (shown when realtime needs a key). */
  onTurnBased?: () => void;
  /**
   * Called after the voice choice was saved. Saving moves the session's version on,
   * so the page reloads the session: its settings form would otherwise save on the
   * old version and be told, wrongly, that another tab changed the session.
   */
  onSessionChanged?: () => void | Promise<void>;
}

const STAGE_TEXT: Record<CallStage, string> = {
  idle: '',
  starting: 'Connecting… (allow the microphone if your browser asks)',
  live: 'Live: speak when the coach has finished. Take your time; pauses are fine.',
  reconnecting: 'Connection lost — reconnecting…',
  // Followed by what was really saved (stop-summary.ts).
  ended: 'Interview stopped.',
  error: '',
};

/** The status line; once a call is over it says what was saved (the error, if any, is shown beside it). */
function stageText(stage: CallStage, items: LiveItem[], status: Record<string, SaveStatus>): string {
  if (stage === 'ended') return `${STAGE_TEXT.ended} ${savedSummary(items, status)}`;
  if (stage === 'error' && items.length > 0) return savedSummary(items, status);
  return STAGE_TEXT[stage];
}

/** Busy flag, notice and error around one user action (feedback, remember, voice choice). */
function useAction() {
  const [notice, setNotice] = useState<ReactNode>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<ReactNode | void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice((await fn()) ?? null);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return { notice, error, busy, run, clearError: () => setError(null) };
}

function togglePick(set: Set<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

export function RealtimeInterview({ sessionId, questions, questionId, voice, onAnswered, onTurnBased, onSessionChanged }: RealtimeInterviewProps) {
  const catalog = useLoad(() => listVoices(), []);
  const saved = useLoad(() => loadTranscript(sessionId), [sessionId]);
  const [chosenVoice, setChosenVoice] = useState<string | null>(voice);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [remembered, setRemembered] = useState(0);
  const action = useAction();
  const micOwner = useMicOwner();

  // The call and the question link need each other: the link reads the call's conversation, the saver asks the link.
  const linkRef = useRef<ReturnType<typeof useQuestionLink> | null>(null);
  const saver = useTranscriptSaver(sessionId, (item, c) => linkRef.current?.link(item, c) ?? null);
  const call = useRealtimeCall({ sessionId, voice: chosenVoice, onCompleted: (item, c) => void saver.save(item, c) });
  const active = isActive(call.stage);
  const link = useQuestionLink(questions, questionId, call.conversation, active);
  linkRef.current = link;
  const items = orderedItems(call.conversation);

  const audioRef = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    if (audioRef.current) audioRef.current.srcObject = call.remote;
  }, [call.remote]);

  // Refresh the saved transcript when a call ends, so it shows what the server kept.
  useEffect(() => {
    if (call.stage === 'ended' || call.stage === 'error') void saved.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [call.stage]);

  const pickVoice = (v: string) => {
    setChosenVoice(v);
    // No version: one field the user just picked, which cannot undo another tab's other changes.
    void action.run(async () => {
      await updateSession(sessionId, { voice: v });
      await onSessionChanged?.();
    });
  };
  const feedback = () =>
    action.run(async () => {
      if (!link.current) return null;
      const result = await submitVoiceAnswer(sessionId, link.current);
      await onAnswered?.(result);
      return `Feedback ready: ${result.feedback.overall} / 5. See it under the question.`;
    });
  const remember = () =>
    action.run(async () => {
      const r = await rememberItems(sessionId, [...picked]);
      setPicked(new Set());
      // The button goes with the picks: focus its status, not the page body.
      setRemembered((n) => n + 1);
      return <span>{rememberedLead(r)} <a href="#/stories">My stories</a>.</span>;
    });

  if (catalog.data?.needsKey) return <section className="panel realtime" aria-labelledby="realtime-heading"><h2 id="realtime-heading">Voice interview</h2><NoKeyNotice onTurnBased={onTurnBased} /></section>;

  const onPick = (id: string, on: boolean) => setPicked((s) => togglePick(s, id, on));
  const rememberButton = (
    <button type="button" className="button secondary" onClick={() => void remember()} aria-disabled={action.busy || undefined}>
      Remember {picked.size === 1 ? 'this' : `these ${picked.size}`} as a story
    </button>
  );

  return (
    <section className="panel realtime" aria-labelledby="realtime-heading">
      <h2 id="realtime-heading">Voice interview</h2>
      {catalog.data && <VoicePicker voices={catalog.data.voices} value={chosenVoice ?? catalog.data.defaultVoice} disabled={active} onChange={pickVoice} />}
      <QuestionPicker questions={questions} value={link.current} onChange={link.choose} />
      <CallControls
        stage={call.stage}
        muted={call.muted}
        ready={catalog.data !== null}
        blocked={micOwner === 'recording' ? MIC_BUSY.recording : null}
        feedbackDisabled={action.busy || !link.current}
        onStart={() => void call.start()}
        onStop={call.stop}
        onToggleMute={call.toggleMute}
        onFeedback={() => void feedback()}
      />
      <Status busy={call.stage === 'starting' || call.stage === 'reconnecting'}>{stageText(call.stage, items, saver.status)}</Status>
      <ErrorAlert message={call.error ?? catalog.error} onDismiss={call.error ? call.clearError : undefined} />
      <audio ref={audioRef} autoPlay aria-label="Coach audio" />
      <InterviewerStories stories={call.stories} />
      <TranscriptView items={items} status={saver.status} picked={picked} onPick={onPick} />
      <div className="actions">
        {[...picked].some((id) => call.conversation.items[id]) && rememberButton}
        <a className="link-button" href={exportUrl(sessionId, 'md')} download>Download transcript (Markdown)</a>
        <a className="link-button" href={exportUrl(sessionId, 'json')} download>(JSON)</a>
      </div>
      <FocusStatus focusSignal={remembered}>{action.notice}</FocusStatus>
      <ErrorAlert message={action.error} onDismiss={action.clearError} />
      <SavedTranscript items={saved.data ?? []} questionIds={questions.map((q) => q.id)} picked={picked} onPick={onPick} rememberAction={rememberButton} />
      <EventLog entries={call.log} />
    </section>
  );
}

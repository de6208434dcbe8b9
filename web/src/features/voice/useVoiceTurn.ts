/**
 * One spoken turn: record → transcript (server transcriber, else the
 * browser's recognition, else typing) → user edits → submit → feedback with
 * delivery. The user's words are never discarded: a failed transcription or
 * submission leaves the transcript and recording in place for a retry, a new
 * recording replaces them only after the user agrees, and a reload puts the
 * unsent transcript back (draft-store.ts).
 */
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../api/client.js';
import { getTranscriptionInfo, submitVoiceAnswer, transcribe, type SpeechSegment, type VoiceAnswerResult } from './api.js';
import { clearDraft, draftKey, loadDraft, saveDraft, sessionStore, type StoredDraft } from './draft-store.js';
import { claimMic, releaseMic } from './mic-lock.js';
import { useBrowserRecognition } from './useBrowserRecognition.js';
import { failedTranscription, MIC_SILENT, NOTHING_HEARD, RESTORED, RESTORED_TIMING, type TurnStage } from './turn-status.js';
import { type Recording, useRecorder } from './useRecorder.js';

export type { TurnStage };

export interface Draft extends StoredDraft {
  /** The recording's audio; null after a reload (only its timing was kept) or when nothing was recorded. */
  audio: Blob | null;
}

/** Why the panel offers to (re)send the recording to the transcriber: it failed, or the microphone heard nothing. */
export type RetryKind = 'failed' | 'silent';
/** What a new recording would replace, while the panel asks first. */
export type ReplaceKind = 'transcript' | 'recording';

const EMPTY: Draft = { text: '', source: 'typed', audio: null, timing: null };

const heardSpeech = (segments: readonly SpeechSegment[] | undefined): boolean => Boolean(segments?.some((s) => s.speaking));

/** What a new recording would throw away: typed or transcribed words, else a recording with speech, else nothing. */
export function pendingWork(d: Draft): ReplaceKind | null {
  if (d.text.trim()) return 'transcript';
  return d.audio && heardSpeech(d.timing?.segments) ? 'recording' : null;
}

function fromRecording(r: Recording): Draft {
  return { ...EMPTY, audio: r.blob, timing: { durationSeconds: r.durationSeconds, segments: r.segments } };
}

/** An empty turn, or the unsent draft for this question from before a reload (read once). */
function useInitialTurn(key: string): { stage: TurnStage; draft: Draft; notice: string | null } {
  const [initial] = useState(() => {
    const restored = loadDraft(sessionStore(), key);
    if (!restored) return { stage: 'ready' as const, draft: EMPTY, notice: null };
    const notice = restored.timing ? `${RESTORED} ${RESTORED_TIMING}` : RESTORED;
    return { stage: 'editing' as const, draft: { ...restored, audio: null }, notice };
  });
  return initial;
}

/** A stage in which leaving the page would lose a recording or an answer on its way. */
const inFlight = (stage: TurnStage): boolean => stage === 'recording' || stage === 'transcribing' || stage === 'submitting';

/** The retry offer to show: only while the transcript is empty, so a retry never overwrites what the user typed. */
function retryOffer(stage: TurnStage, retry: RetryKind | null, draft: Draft): RetryKind | null {
  const offered = (stage === 'editing' || stage === 'transcribing') && draft.audio !== null && !draft.text.trim();
  return offered ? retry : null;
}

/** Keep the unsent transcript across reloads; forget it once emptied, submitted or discarded. */
function usePersistedDraft(key: string, stage: TurnStage, draft: Draft): void {
  useEffect(() => {
    if (stage === 'editing' && draft.text.trim()) saveDraft(sessionStore(), key, draft);
    else if (stage === 'editing' || stage === 'ready' || stage === 'done') clearDraft(sessionStore(), key);
  }, [key, stage, draft]);
}

/** Ask before leaving the page while a recording runs or an answer waits to be submitted. */
function useLeaveWarning(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [on]);
}

function useServerTranscriber(): boolean | null {
  const [available, setAvailable] = useState<boolean | null>(null);
  useEffect(() => {
    getTranscriptionInfo()
      .then((info) => setAvailable(info.available))
      .catch(() => setAvailable(false));
  }, []);
  return available;
}

export function useVoiceTurn(sessionId: string, questionId: string, onAnswered?: (r: VoiceAnswerResult) => void | Promise<void>) {
  const recorder = useRecorder();
  const recognition = useBrowserRecognition();
  const serverTranscriber = useServerTranscriber();
  const key = draftKey(sessionId, questionId);
  const start = useInitialTurn(key);
  const [stage, setStage] = useState<TurnStage>(start.stage);
  const [draft, setDraft] = useState<Draft>(start.draft);
  const [notice, setNotice] = useState<string | null>(start.notice);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<VoiceAnswerResult | null>(null);
  const [retry, setRetry] = useState<RetryKind | null>(null);
  const [askReplace, setAskReplace] = useState<ReplaceKind | null>(null);
  const pending = stage === 'editing' ? pendingWork(draft) : null;
  usePersistedDraft(key, stage, draft);
  useLeaveWarning(inFlight(stage) || pending !== null);

  // Leaving the page while recording frees the microphone for the voice interview.
  useEffect(() => () => releaseMic('recording'), []);

  /** Start recording (true when it did); over a pending transcript or recording only when `replace` (the user said yes). */
  const startRecording = useCallback(
    async (replace = false): Promise<boolean> => {
      if (inFlight(stage)) return false;
      if (pending && !replace) {
        setAskReplace(pending);
        return false;
      }
      setAskReplace(null);
      if (!claimMic('recording')) return false; // The voice interview holds it; the panel says so.
      setError(null);
      setNotice(null);
      const ok = await recorder.start();
      if (!ok) {
        // Nothing was recorded: stay as we were (no empty transcript box under the error).
        releaseMic('recording');
        return false;
      }
      // Without a server transcriber, let the browser listen too (it may need its vendor's online service).
      if (serverTranscriber === false) recognition.start();
      setStage('recording');
      return true;
    },
    [stage, pending, recorder, recognition, serverTranscriber],
  );

  const transcribeInto = useCallback(
    async (audio: Blob) => {
      try {
        const t = await transcribe(sessionId, audio);
        setDraft((d) => ({ ...d, text: t.text, source: 'transcriber', keepsFillers: t.keepsFillers, words: t.words }));
        setNotice(t.text.trim() ? `Transcribed by ${t.model}. Correct anything it misheard, then submit.` : NOTHING_HEARD);
        setRetry(null);
      } catch (err) {
        setNotice(failedTranscription(messageOf(err)));
        setRetry('failed');
      }
    },
    [sessionId],
  );

  const fromBrowser = useCallback(async () => {
    const heard = await recognition.stop();
    if (heard) {
      setDraft((d) => ({ ...d, text: heard, source: 'browser' }));
      setNotice("Transcribed by your browser's speech recognition — check it against what you said.");
    } else setNotice('No transcript is available: type what you said (your timing and pauses were still measured).');
  }, [recognition]);

  const stopRecording = useCallback(async () => {
    if (stage !== 'recording') return;
    const recording = await recorder.stop();
    releaseMic('recording');
    if (!recording) return;
    setDraft(fromRecording(recording));
    setRetry(null);
    if (!heardSpeech(recording.segments)) {
      // Nothing to transcribe (a transcriber may even invent words for silence): say so, offer to send it anyway.
      await recognition.stop();
      setNotice(MIC_SILENT);
      setRetry(serverTranscriber ? 'silent' : null);
    } else {
      setStage('transcribing');
      if (serverTranscriber) {
        await recognition.stop();
        await transcribeInto(recording.blob);
      } else await fromBrowser();
    }
    setStage('editing');
  }, [stage, recorder, serverTranscriber, recognition, transcribeInto, fromBrowser]);

  /** Send the kept recording to the transcriber again (after a failure, or a recording that seemed silent). */
  const retryTranscription = useCallback(async () => {
    if (stage !== 'editing' || !draft.audio) return;
    setError(null);
    setStage('transcribing');
    await transcribeInto(draft.audio);
    setStage('editing');
  }, [stage, draft.audio, transcribeInto]);

  const submit = useCallback(async () => {
    const text = draft.text.trim();
    if (!text) {
      setError('The transcript is empty: type what you said before submitting.');
      return;
    }
    setError(null);
    setStage('submitting');
    try {
      const r = await submitVoiceAnswer(sessionId, {
        questionId,
        text,
        durationSeconds: draft.timing?.durationSeconds ?? 0,
        transcriptSource: draft.source,
        keepsFillers: draft.keepsFillers,
        words: draft.words,
        segments: draft.timing?.segments,
        audio: draft.audio ?? undefined,
      });
      setResult(r);
      setStage('done');
      await onAnswered?.(r);
    } catch (err) {
      setError(`${messageOf(err)} Your transcript is still here; try again.`);
      setStage('editing');
    }
  }, [draft, sessionId, questionId, onAnswered]);

  /** Back to an empty turn: after submitting ("Record another attempt") or when the user discards the draft. */
  const again = useCallback(() => {
    setDraft(EMPTY);
    setResult(null);
    setNotice(null);
    setError(null);
    setRetry(null);
    setAskReplace(null);
    setStage('ready');
  }, []);

  const setText = useCallback((text: string) => setDraft((d) => ({ ...d, text })), []);
  const keepDraft = useCallback(() => setAskReplace(null), []);

  return {
    stage,
    draft,
    setText,
    notice,
    error: error ?? recorder.error,
    result,
    recorder,
    serverTranscriber,
    askReplace,
    keepDraft,
    retry: retryOffer(stage, retry, draft),
    retryTranscription,
    startRecording,
    stopRecording,
    submit,
    again,
  };
}

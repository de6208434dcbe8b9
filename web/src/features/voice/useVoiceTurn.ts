/**
 * One spoken turn: record → transcript (server transcriber, else the
 * browser's recognition, else typing) → user edits → submit → feedback with
 * delivery. The user's words are never discarded: a failed transcription or
 * submission leaves the transcript and recording in place for a retry.
 */
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../api/client.js';
import { getTranscriptionInfo, submitVoiceAnswer, transcribe, type TranscriptSource, type VoiceAnswerResult, type WordTiming } from './api.js';
import { claimMic, releaseMic } from './mic-lock.js';
import { useBrowserRecognition } from './useBrowserRecognition.js';
import { NOTHING_HEARD, type TurnStage } from './turn-status.js';
import { type Recording, useRecorder } from './useRecorder.js';

export type { TurnStage };

interface Draft {
  text: string;
  source: TranscriptSource;
  keepsFillers?: boolean;
  words?: WordTiming[];
  recording: Recording | null;
}

export function useVoiceTurn(sessionId: string, questionId: string, onAnswered?: (r: VoiceAnswerResult) => void | Promise<void>) {
  const recorder = useRecorder();
  const recognition = useBrowserRecognition();
  const [serverTranscriber, setServerTranscriber] = useState<boolean | null>(null);
  const [stage, setStage] = useState<TurnStage>('ready');
  const [draft, setDraft] = useState<Draft>({ text: '', source: 'typed', recording: null });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<VoiceAnswerResult | null>(null);

  // Leaving the page while recording frees the microphone for the voice interview.
  useEffect(() => () => releaseMic('recording'), []);

  useEffect(() => {
    getTranscriptionInfo()
      .then((info) => setServerTranscriber(info.available))
      .catch(() => setServerTranscriber(false));
  }, []);

  const startRecording = useCallback(async () => {
    if (stage === 'recording' || stage === 'transcribing' || stage === 'submitting') return;
    if (!claimMic('recording')) return; // The voice interview holds it; the panel says so.
    setError(null);
    setNotice(null);
    const ok = await recorder.start();
    if (!ok) {
      // Nothing was recorded: stay ready (no empty transcript box under the error).
      releaseMic('recording');
      return;
    }
    // Without a server transcriber, let the browser listen too (it may need its vendor's online service).
    if (serverTranscriber === false) recognition.start();
    setStage('recording');
  }, [stage, recorder, recognition, serverTranscriber]);

  const fromBrowser = useCallback(async (recording: Recording, why: string | null) => {
    const heard = await recognition.stop();
    if (heard) {
      setDraft({ text: heard, source: 'browser', recording });
      setNotice(`${why ? `${why} ` : ''}Transcribed by your browser's speech recognition — check it against what you said.`);
    } else {
      setDraft((d) => ({ text: d.text, source: 'typed', recording }));
      setNotice(`${why ? `${why} ` : ''}No transcript is available: type what you said (your timing and pauses were still measured).`);
    }
  }, [recognition]);

  const stopRecording = useCallback(async () => {
    if (stage !== 'recording') return;
    const recording = await recorder.stop();
    releaseMic('recording');
    if (!recording) return;
    setStage('transcribing');
    if (serverTranscriber) {
      try {
        const t = await transcribe(sessionId, recording.blob);
        await recognition.stop();
        setDraft({ text: t.text, source: 'transcriber', keepsFillers: t.keepsFillers, words: t.words, recording });
        setNotice(t.text.trim() ? `Transcribed by ${t.model}. Correct anything it misheard, then submit.` : NOTHING_HEARD);
      } catch (err) {
        await fromBrowser(recording, `Transcription failed: ${messageOf(err)}`);
      }
    } else await fromBrowser(recording, null);
    setStage('editing');
  }, [stage, recorder, serverTranscriber, sessionId, recognition, fromBrowser]);

  const submit = useCallback(async () => {
    const text = draft.text.trim();
    if (!text) {
      setError('The transcript is empty: type what you said before submitting.');
      return;
    }
    setError(null);
    setStage('submitting');
    try {
      const rec = draft.recording;
      const r = await submitVoiceAnswer(sessionId, {
        questionId,
        text,
        durationSeconds: rec?.durationSeconds ?? 0,
        transcriptSource: draft.source,
        keepsFillers: draft.keepsFillers,
        words: draft.words,
        segments: rec?.segments,
        audio: rec?.blob,
      });
      setResult(r);
      setStage('done');
      await onAnswered?.(r);
    } catch (err) {
      setError(`${messageOf(err)} Your transcript is still here; try again.`);
      setStage('editing');
    }
  }, [draft, sessionId, questionId, onAnswered]);

  const again = useCallback(() => {
    setDraft({ text: '', source: 'typed', recording: null });
    setResult(null);
    setNotice(null);
    setError(null);
    setStage('ready');
  }, []);

  const setText = useCallback((text: string) => setDraft((d) => ({ ...d, text })), []);

  return { stage, draft, setText, notice, error: error ?? recorder.error, result, recorder, serverTranscriber, startRecording, stopRecording, submit, again };
}

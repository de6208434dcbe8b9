/** The voice-answer endpoints, through the app's one HTTP client. */
import { request, send, upload } from '../../api/client.js';
import { enc } from '../../api/sessions.js';
import type { SpeechSegment, TranscriptSource, WordTiming } from '../../../../src/shared/delivery.js';
import type { TranscriptionResult, VoiceAnswerResult } from '../../../../src/shared/delivery-api.js';
import { extensionFor } from './mime.js';

export type { Delivery, SpeechSegment, TranscriptSource, WordTiming } from '../../../../src/shared/delivery.js';
export type { TranscriptionResult, VoiceAnswerResult } from '../../../../src/shared/delivery-api.js';

export interface TranscriptionInfo {
  available: boolean;
  model: string | null;
  maxAudioBytes: number;
}

export const getTranscriptionInfo = (): Promise<TranscriptionInfo> => request('/api/transcription');

/** Send a recording to the server's transcriber. */
export function transcribe(sessionId: string, audio: Blob, language?: string): Promise<TranscriptionResult> {
  const form = new FormData();
  if (language) form.append('language', language);
  form.append('file', audio, `answer.${extensionFor(audio.type)}`);
  return upload(`/api/sessions/${enc(sessionId)}/transcriptions`, form);
}

export interface VoiceSubmission {
  questionId: string;
  text: string;
  durationSeconds: number;
  transcriptSource: TranscriptSource;
  keepsFillers?: boolean;
  words?: WordTiming[];
  segments?: SpeechSegment[];
  audio?: Blob;
}

/** Submit a spoken answer: text fields first, the recording last (the server streams the form in order). */
export function submitVoiceAnswer(sessionId: string, s: VoiceSubmission): Promise<VoiceAnswerResult> {
  const form = new FormData();
  form.append('questionId', s.questionId);
  form.append('text', s.text);
  form.append('durationSeconds', String(Math.round(s.durationSeconds * 100) / 100));
  form.append('transcriptSource', s.transcriptSource);
  if (s.keepsFillers !== undefined) form.append('keepsFillers', String(s.keepsFillers));
  if (s.words?.length) form.append('words', JSON.stringify(s.words));
  if (s.segments?.length) form.append('segments', JSON.stringify(s.segments));
  if (s.audio) form.append('audio', s.audio, `answer.${extensionFor(s.audio.type)}`);
  return upload(`/api/sessions/${enc(sessionId)}/voice-answers`, form);
}

export const audioUrl = (sessionId: string, answerId: string): string => `/api/sessions/${enc(sessionId)}/answers/${enc(answerId)}/audio`;

export const deleteAudio = (sessionId: string, answerId: string): Promise<void> => request(audioUrl(sessionId, answerId), { method: 'DELETE' });

/** Whether a recording is stored for an answer (HEAD on the audio URL; any failure counts as "no"). */
export const hasAudio = (sessionId: string, answerId: string): Promise<boolean> =>
  send(audioUrl(sessionId, answerId), { method: 'HEAD' }).then(
    () => true,
    () => false,
  );

/**
 * Submitting a spoken answer. Order matters: the coaching service commits the
 * answer text first; the recording is stored as soon as the answer exists;
 * then the coach runs; then delivery (pure) is measured and written into the
 * stored feedback body as `delivery`. A failure after the first step never
 * loses what the user said.
 */
import type { Delivery, SpeechSegment, TranscriptSource, WordTiming } from '../../../shared/delivery.js';
import type { VoiceAnswerResult } from '../../../shared/delivery-api.js';
import type { Answer } from '../../../shared/api.js';
import type { Storage } from '../../storage/db.js';
import type { SessionRow } from '../../storage/schema.js';
import type { CoachingService } from '../coaching.js';
import { analyzeDelivery } from './analyze.js';
import type { AudioStore } from './audio-store.js';

export interface VoiceAnswerInput {
  questionId: string;
  text: string;
  durationSeconds?: number;
  words?: WordTiming[];
  segments?: SpeechSegment[];
  transcriptSource: TranscriptSource;
  keepsFillers?: boolean;
  /** The recording (type already sniffed), or why it could not be accepted. */
  audio?: { bytes: Buffer; mediaType: string } | { rejected: string };
}

export interface VoiceAnswerDeps {
  coaching: CoachingService;
  audio: AudioStore;
  storage: Storage;
  log?: (obj: object, msg: string) => void;
}

export function createVoiceAnswerService({ coaching, audio, storage, log }: VoiceAnswerDeps) {
  /** Add `delivery` to the stored feedback body (feedback.body is the whole Feedback as JSON). */
  async function attachDelivery(answerId: string, delivery: Delivery): Promise<void> {
    const row = await storage.db.selectFrom('feedback').select(['id', 'body']).where('answer_id', '=', answerId).executeTakeFirst();
    if (!row) return;
    const body = { ...(JSON.parse(row.body) as Record<string, unknown>), delivery };
    await storage.db.updateTable('feedback').set({ body: JSON.stringify(body) }).where('id', '=', row.id).execute();
  }

  async function keepAudio(session: SessionRow, answer: Answer, input: VoiceAnswerInput): Promise<VoiceAnswerResult['audio']> {
    if (!input.audio) return { stored: false };
    if ('rejected' in input.audio) return { stored: false, message: input.audio.rejected };
    try {
      const stored = await audio.save({
        answerId: answer.id,
        ownerId: session.owner_id,
        sessionId: session.id,
        mediaType: input.audio.mediaType,
        bytes: input.audio.bytes,
        durationSeconds: input.durationSeconds ?? null,
      });
      return stored ? { stored: true } : { stored: false, message: 'Recordings are not kept on this server (AUDIO_KEEP_PER_OWNER=0).' };
    } catch (err) {
      log?.({ err }, 'audio_save_failed');
      return { stored: false, message: 'The recording could not be saved; your answer and feedback were.' };
    }
  }

  async function answer(session: SessionRow, input: VoiceAnswerInput): Promise<VoiceAnswerResult> {
    let audioSaved: Promise<VoiceAnswerResult['audio']> = Promise.resolve({ stored: false });
    const result = await coaching.answer(
      session,
      { questionId: input.questionId, text: input.text, source: 'voice', durationSeconds: input.durationSeconds },
      { onSaved: (saved) => void (audioSaved = keepAudio(session, saved, input)) },
    );
    const audioResult = await audioSaved;
    const delivery = analyzeDelivery(input);
    await attachDelivery(result.answer.id, delivery);
    return { answer: result.answer, feedback: { ...result.feedback, delivery }, audio: audioResult };
  }

  return { answer };
}

export type VoiceAnswerService = ReturnType<typeof createVoiceAnswerService>;

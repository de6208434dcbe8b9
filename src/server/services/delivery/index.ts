/**
 * Delivery analytics for spoken answers. The analysis modules (analyze,
 * fillers, hedges, timing, tokens, thresholds) are pure functions; the audio
 * store and voice-answer service are the I/O edge that uses them.
 */
import type { Config } from '../../config.js';
import type { Storage } from '../../storage/db.js';
import type { CoachingService } from '../coaching.js';
import { createTranscriber } from '../transcription/index.js';
import { createAudioStore } from './audio-store.js';
import { createVoiceAnswerService } from './voice-answers.js';

export { analyzeDelivery, type DeliveryInput } from './analyze.js';
export { THRESHOLDS } from './thresholds.js';
export { createAudioStore, type AudioStore } from './audio-store.js';
export { createVoiceAnswerService, type VoiceAnswerInput, type VoiceAnswerService } from './voice-answers.js';

type VoiceConfig = Parameters<typeof createTranscriber>[0] & Pick<Config, 'AUDIO_KEEP_PER_OWNER' | 'MAX_AUDIO_MB'>;

/** Everything the voice routes need, built once at boot: `app.register(voiceAnswerRoutes({ sessions, ...createVoiceServices(...) }))`. */
export function createVoiceServices(config: VoiceConfig, storage: Storage, coaching: CoachingService, log?: (obj: object, msg: string) => void) {
  const transcriber = createTranscriber(config);
  const audio = createAudioStore(storage, { keepPerOwner: config.AUDIO_KEEP_PER_OWNER });
  const voice = createVoiceAnswerService({ coaching, audio, storage, log });
  return { transcriber, audio, voice, maxAudioBytes: Math.round(config.MAX_AUDIO_MB * 1024 * 1024) };
}

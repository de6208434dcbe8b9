/** The service container the routes receive, built once at boot from config. */
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Coach } from '../coach/coach.js';
import { createBuiltinCoach } from '../coach/builtin/index.js';
import { type CoachInfo, coachInfo, createCoach } from '../coach/factory.js';
import { instrumentCoach } from '../coach/instrumented.js';
import { loadPersonaPrompts } from '../coach/prompts.js';
import type { Metrics } from '../plugins/metrics.js';
import type { Storage } from '../storage/db.js';
import { createCoachingService, type CoachingService } from './coaching.js';
import { createVoiceServices } from './delivery/index.js';
import { createDocumentService, type DocumentService } from './documents.js';
import { createFeedbackStore, type FeedbackStore } from './feedback-store.js';
import { createQuestionService, type QuestionService } from './questions.js';
import { createReviewService, type ReviewService } from './review/index.js';
import { createSessionService, type SessionService } from './sessions.js';
import { createVoiceService, type VoiceService } from './voice/index.js';
import { createWorkHistoryService, embeddingsFromConfig, type WorkHistoryService } from './work-history/index.js';

export interface Services {
  coach: Coach;
  coachInfo: CoachInfo;
  store: FeedbackStore;
  sessions: SessionService;
  documents: DocumentService;
  questions: QuestionService;
  coaching: CoachingService;
  workHistory: WorkHistoryService;
  review: ReviewService;
  /** Realtime voice: client secrets, instructions, transcript. */
  voice: VoiceService;
  /** Turn-based spoken answers: transcription, audio, delivery. */
  spoken: ReturnType<typeof createVoiceServices>;
}

export function buildServices(config: Config, storage: Storage, metrics: Metrics, log: FastifyBaseLogger): Services {
  const prompts = loadPersonaPrompts();
  const builtin = createBuiltinCoach();
  const coach = instrumentCoach(createCoach(config, { builtin, logger: log, prompts }), metrics);
  const info = coachInfo(config, builtin);
  const store = createFeedbackStore(storage);
  const sessions = createSessionService(storage, store, { allowedModels: info.models });
  const documents = createDocumentService(storage, {
    limits: { maxBytes: config.MAX_UPLOAD_MB * 1024 * 1024 },
    onRejected: (code) => metrics.uploadRejections.inc({ code }),
  });
  const workHistory = createWorkHistoryService({
    storage,
    embeddings: embeddingsFromConfig(config),
    logger: log,
    maxImportBytes: config.MAX_UPLOAD_MB * 1024 * 1024,
    retryAfterMs: config.EMBEDDING_RETRY_SECONDS * 1000,
  });
  const grounding = workHistory;
  const questions = createQuestionService({ storage, coach, documents, grounding });
  const coaching = createCoachingService({ coach, documents, questions, store, grounding });
  const voice = createVoiceService({ config, storage, documents, questions, coaching, grounding, prompts, log });
  const review = createReviewService({
    storage,
    coach,
    documents,
    grounding,
    allowedModels: info.models,
    guideExtras: async (session) => ({ conversation: await voice.list(session) }),
  });
  const spoken = createVoiceServices(config, storage, coaching, (obj, msg) => log.warn(obj, msg));
  return { coach, coachInfo: info, store, sessions, documents, questions, coaching, workHistory, review, voice, spoken };
}

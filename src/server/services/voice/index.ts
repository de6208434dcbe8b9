/**
 * The voice service: start a realtime call (instructions + client secret),
 * keep its transcript, preview voices, and turn a question's spoken turns
 * into an answer the coach evaluates like a typed one (source 'realtime').
 */
import { citeStories } from '../../coach/citations.js';
import type { StoryCitation } from '../../../shared/domain.js';
import type { FastifyBaseLogger } from 'fastify';
import type { AnswerResult } from '../../../shared/api.js';
import type { Persona } from '../../../shared/domain.js';
import { VOICES, type Voice } from '../../../shared/voices.js';
import type { PromptLibrary } from '../../coach/prompts.js';
import { AppError } from '../../errors.js';
import type { Storage } from '../../storage/db.js';
import type { SessionRow } from '../../storage/schema.js';
import type { CoachingService } from '../coaching.js';
import type { DocumentService } from '../documents.js';
import type { Grounding } from '../grounding.js';
import type { QuestionService } from '../questions.js';
import { exchangeSdp } from './calls.js';
import { buildVoiceInstructions, type ResumeContext } from './instructions.js';
import { mintClientSecret, type MintedSecret } from './mint.js';
import { createTranscriptStore, type NewTranscriptEntry, type TranscriptEntry, type VoiceDb } from './transcript.js';
import { NEEDS_KEY_MESSAGE, type VoiceConfig } from './upstream.js';
import { createVoicePreviews } from './voices.js';

export { NEEDS_KEY_MESSAGE, type VoiceConfig } from './upstream.js';
export { voiceCatalog, type VoiceInfo } from './voices.js';
export { transcriptMarkdown, TRANSCRIPT_ROLES, type TranscriptEntry, type TranscriptRole } from './transcript.js';

export interface VoiceDeps {
  config: VoiceConfig;
  storage: Storage;
  documents: DocumentService;
  questions: QuestionService;
  coaching: CoachingService;
  grounding: Grounding;
  prompts: PromptLibrary;
  log: Pick<FastifyBaseLogger, 'debug'>;
}

/** How many work-history snippets the instructions may carry (before the budget trims them). */
const SNIPPETS_FOR_VOICE = 5;

function isVoice(v: string | null | undefined): v is Voice {
  return typeof v === 'string' && (VOICES as readonly string[]).includes(v);
}

export function createVoiceService(deps: VoiceDeps) {
  const { config } = deps;
  const db = deps.storage.db as unknown as VoiceDb;
  const transcript = createTranscriptStore(db);
  const previews = createVoicePreviews(config);
  // Realtime troubleshooting lines, only with REALTIME_DEBUG: metadata, never text, audio or secrets.
  const trace = (fields: Record<string, unknown>, msg: string) => {
    if (config.REALTIME_DEBUG) deps.log.debug({ realtime: true, ...fields }, msg);
  };

  /** Where a cut-off interview stands: the question the last linked line was on, and the saved lines. */
  async function resumeContext(sessionId: string, questions: Array<{ id: string; text: string }>): Promise<ResumeContext> {
    const entries = await transcript.list(sessionId);
    const lastLinked = [...entries].reverse().find((e) => e.questionId);
    const lastQuestion = questions.find((q) => q.id === lastLinked?.questionId)?.text ?? null;
    return { lastQuestion, lines: entries.map((e) => ({ role: e.role, text: e.text })) };
  }

  async function instructionsFor(session: SessionRow, resume: boolean) {
    const rows = await db.selectFrom('questions').select(['id', 'text']).where('session_id', '=', session.id).orderBy('position').execute();
    const profile = await deps.documents.profile(session.id);
    const focus = [profile.job.title ?? '', ...rows.slice(0, 5).map((r) => r.text)].join(' ');
    const snippets = await deps.grounding.topForGrounding(session.owner_id, focus, SNIPPETS_FOR_VOICE);
    const resumed = resume ? await resumeContext(session.id, rows) : undefined;
    return buildVoiceInstructions(deps.prompts, { persona: session.persona as Persona, profile, questions: rows.map((r) => r.text), snippets, resume: resumed });
  }

  /** Mint a client secret for a realtime call about this session; `resume` when it continues a cut-off interview. */
  async function start(session: SessionRow, requested?: Voice, resume = false): Promise<MintedSecret & { stories: StoryCitation[] }> {
    const voice = requested ?? (isVoice(session.voice) ? session.voice : config.OPENAI_REALTIME_VOICE);
    const built = await instructionsFor(session, resume);
    const minted = await mintClientSecret(config, { instructions: built.text, voice });
    trace(
      { event: 'mint', sessionId: session.id, model: minted.model, voice, resume, turnDetection: config.REALTIME_TURN_DETECTION, instructionChars: built.text.length, truncated: built.truncated, expiresAt: minted.expiresAt },
      'realtime_mint',
    );
    // The user sees which of their stories the interviewer was given, and can open each one.
    return { ...minted, stories: citeStories(built.snippets.map((s) => s.id), built.snippets) };
  }

  /** Forward the browser's SDP offer to OPENAI_REALTIME_URL; the SDP answer, or an AppError naming what to check. */
  async function call(clientSecret: string, offer: string): Promise<string> {
    if (!config.OPENAI_API_KEY) throw new AppError('needs_api_key', NEEDS_KEY_MESSAGE);
    const t0 = Date.now();
    try {
      return await exchangeSdp(config, clientSecret, offer);
    } finally {
      trace({ event: 'call', offerChars: offer.length, ms: Date.now() - t0 }, 'realtime_call');
    }
  }

  async function addEntry(session: SessionRow, input: NewTranscriptEntry) {
    if (input.questionId) await deps.questions.requireQuestion(session.id, input.questionId);
    const result = await transcript.add(session.owner_id, session.id, input);
    trace({ event: 'transcript', itemId: input.itemId, role: input.role, chars: input.text.length, created: result.created }, 'realtime_transcript_item');
    return result;
  }

  /** Join the candidate's turns for a question and have the coach evaluate them. */
  async function submitAnswer(session: SessionRow, questionId: string): Promise<AnswerResult> {
    await deps.questions.requireQuestion(session.id, questionId);
    const turns = await transcript.candidateTurns(session.id, questionId);
    const text = turns.map((t) => t.text.trim()).filter(Boolean).join('\n\n');
    if (!text) {
      throw new AppError('conflict', 'Nothing you said is linked to this question yet. Answer it in the voice interview (when the coach asks it, your answer is linked to it), then submit.');
    }
    trace({ event: 'submit', questionId, turns: turns.length, chars: text.length }, 'realtime_submit_answer');
    return deps.coaching.answer(session, { questionId, text: text.slice(0, 20_000), source: 'realtime' });
  }

  return {
    start,
    call,
    addEntry,
    list: (session: SessionRow): Promise<TranscriptEntry[]> => transcript.list(session.id),
    byItemIds: (session: SessionRow, itemIds: string[]) => transcript.byItemIds(session.id, itemIds),
    submitAnswer,
    preview: (voice: Voice) => previews.preview(voice),
    hasKey: () => Boolean(config.OPENAI_API_KEY),
    defaultVoice: config.OPENAI_REALTIME_VOICE,
  };
}

export type VoiceService = ReturnType<typeof createVoiceService>;

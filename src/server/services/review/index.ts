/**
 * The review service: session summary, progress over time, practice again,
 * practise-your-weakest, and export/import of a session (PDF, Markdown, JSON).
 * Everything is computed from the stored rows on demand; no extra tables.
 */
import type { Session } from '../../../shared/api.js';
import type { ExportFormat, SessionReview } from '../../../shared/review.js';
import type { Coach } from '../../coach/coach.js';
import type { Storage } from '../../storage/db.js';
import type { SessionRow } from '../../storage/schema.js';
import type { DocumentService } from '../documents.js';
import type { Grounding } from '../grounding.js';
import { loadBundle, type SessionBundle } from './data.js';
import { exportJson } from './export-json.js';
import { renderMarkdown } from './export-md.js';
import { renderPdf } from './export-pdf.js';
import { attachment } from './filename.js';
import { emptyExtras, type GuideAttempts, type GuideExtras } from './guide/blocks.js';
import { buildGuide } from './guide/sections.js';
import { importSession } from './import-json.js';
import { createPracticeAgain } from './practice-again.js';
import { progress } from './progress.js';
import type { ImportableExport, ProgressReport } from '../../../shared/review-report.js';
import { summarise } from './summary.js';

export { GUIDE_ATTEMPTS, type ConversationTurn, type GuideAttempts, type GuideExtras } from './guide/blocks.js';

export interface ReviewDeps {
  storage: Storage;
  coach: Coach;
  documents: DocumentService;
  grounding?: Grounding;
  /** Models this server offers (an imported session keeps its model only if listed). */
  allowedModels?: string[];
  /** Where DejaVuSans.ttf and DejaVuSans-Bold.ttf are (default: Debian's path). */
  fontDir?: string;
  /**
   * Extra content another feature stores (example answers, voice transcripts), called for an owned
   * session: the study guide shows it and the JSON export carries the voice conversation.
   */
  guideExtras?: (session: SessionRow) => Promise<Partial<GuideExtras>>;
}

/** What a study guide prints; the JSON export ignores it (it is always complete, to import back). */
export interface ExportOptions {
  /** `latest` (default): earlier attempts as one line of scores; `all`: every attempt in full. */
  attempts?: GuideAttempts;
}

/** A finished download. */
export interface ExportFile {
  body: Buffer | string;
  contentType: string;
  disposition: string;
  /** Set when the PDF could not print some text as typed. */
  limitation?: string | null;
  /** The PDF's page count. */
  pages?: number;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function createReviewService(deps: ReviewDeps) {
  const { storage } = deps;
  const practice = createPracticeAgain(storage, deps);

  async function summary(ownerId: string, sessionId: string): Promise<SessionReview> {
    return summarise(await loadBundle(storage, ownerId, sessionId));
  }

  async function extrasOf(bundle: SessionBundle): Promise<GuideExtras> {
    return { ...emptyExtras(), ...(await deps.guideExtras?.(bundle.session)) };
  }

  async function guideBlocks(ownerId: string, sessionId: string, attempts: GuideAttempts) {
    const bundle = await loadBundle(storage, ownerId, sessionId);
    const [profile, extras] = await Promise.all([deps.documents.profile(sessionId), extrasOf(bundle)]);
    return { bundle, blocks: buildGuide({ bundle, review: summarise(bundle), profile, extras, generatedAt: new Date().toISOString(), attempts }) };
  }

  async function exportSession(ownerId: string, sessionId: string, format: ExportFormat, options: ExportOptions = {}): Promise<ExportFile> {
    if (format === 'json') {
      const bundle = await loadBundle(storage, ownerId, sessionId);
      const { conversation } = await extrasOf(bundle);
      return { body: exportJson(bundle, conversation), contentType: CONTENT_TYPES.json, disposition: attachment(bundle.session.name, 'json') };
    }
    const { bundle, blocks } = await guideBlocks(ownerId, sessionId, options.attempts ?? 'latest');
    const disposition = attachment(bundle.session.name, format);
    if (format === 'md') return { body: renderMarkdown(blocks), contentType: CONTENT_TYPES.md, disposition };
    const pdf = await renderPdf(blocks, `Study guide: ${bundle.session.name}`, { fontDir: deps.fontDir });
    return { body: Buffer.from(pdf.bytes), contentType: CONTENT_TYPES.pdf, disposition, limitation: pdf.limitation, pages: pdf.pages };
  }

  return {
    summary,
    progress: (ownerId: string): Promise<ProgressReport> => progress(storage, ownerId),
    practiceAgain: practice.practiceAgain,
    practiceWeakest: practice.practiceWeakest,
    exportSession,
    importSession: (ownerId: string, file: ImportableExport): Promise<Session> =>
      importSession(storage, ownerId, file, { allowedModels: deps.allowedModels ?? [] }),
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;

/**
 * Review shapes added in session 8, beside src/shared/review.ts: the progress report with its
 * focus (weakest rubric dimension, single-competency flag) and version 2 of the
 * session export (adds the realtime voice transcript). Pure zod, shared with the browser.
 */
import { z } from 'zod';
import { DimensionAverage, EXPORT_FORMAT, Progress, SessionExport } from './review.js';

/** The progress report: per-session series plus where the user stands now. */
export const ProgressReport = Progress.extend({
  /**
   * The rubric dimension with the lowest average over each question's latest
   * attempt (a question asked in several sessions counts once); null before any score.
   */
  weakestDimension: DimensionAverage.extend({ average: z.number() }).nullable(),
  /**
   * Set when every answered question has this one competency (e.g. "general" for
   * questions the user added): there is no weakest competency to name, and `weakest` is empty.
   */
  onlyCompetency: z.string().nullable(),
});
export type ProgressReport = z.infer<typeof ProgressReport>;

/** The version this app writes. Version 1 files (no voice transcript) are still read. */
export const CURRENT_EXPORT_VERSION = 2;

const Timestamp = z.iso.datetime({ offset: true });

/** One turn of the realtime voice interview, linked to a question of the file (or to none). */
export const ExportedTurn = z.object({
  role: z.enum(['candidate', 'coach']),
  text: z.string().trim().min(1).max(20_000),
  questionRef: z.string().min(1).max(64).nullable(),
  /** When the turn started in the conversation. */
  at: Timestamp,
});
export type ExportedTurn = z.infer<typeof ExportedTurn>;

/**
 * Version 2: version 1 plus `voiceTranscript`. Delivery analytics of spoken
 * answers (pace, fillers, pauses with their times, hedges) travel in each
 * answer's `feedback.delivery`, as in version 1.
 */
export const SessionExportV2 = SessionExport.extend({
  version: z.literal(CURRENT_EXPORT_VERSION),
  voiceTranscript: z.array(ExportedTurn).max(5000).default([]),
});
export type SessionExportV2 = z.infer<typeof SessionExportV2>;

/** What the import accepts: any version this app has written. */
export const ImportableExport = z.discriminatedUnion('version', [SessionExport, SessionExportV2]);
export type ImportableExport = z.infer<typeof ImportableExport>;

export { EXPORT_FORMAT };

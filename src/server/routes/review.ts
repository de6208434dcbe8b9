/**
 * Review routes: summary, progress, practice again, practise-your-weakest,
 * export (PDF, Markdown, JSON) and import of a JSON export. Routes under
 * /api/sessions/:id are ownership-checked in one hook (another owner: 404).
 */
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Session } from '../../shared/api.js';
import { ExportFormat, SessionReview } from '../../shared/review.js';
import type { Services } from '../services/index.js';
import { GUIDE_ATTEMPTS, type ReviewService } from '../services/review/index.js';
import { ImportableExport, ProgressReport } from '../../shared/review-report.js';
import { importError } from './import-errors.js';
import { addSessionScope } from './session-scope.js';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const AgainBody = z.object({ reuseQuestions: z.boolean() });
const ExportQuery = z.object({
  format: ExportFormat.default('pdf'),
  attempts: z
    .enum(GUIDE_ATTEMPTS, {
      message: 'The "attempts" option must be "latest" (the default: each question\'s latest attempt in full, earlier ones as a line of scores) or "all" (every attempt in full).',
    })
    .default('latest')
    .describe('study guides only: "latest" prints earlier attempts as one line of scores, "all" prints every attempt in full; the JSON export is always complete'),
});
/** An export carries the original document bytes (base64): allow well over the upload limit. */
export const IMPORT_BODY_LIMIT = 30 * 1024 * 1024;
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function reviewRoutes(services: Services & { review: ReviewService }): FastifyPluginAsyncZod {
  const { review } = services;
  return async (app) => {
    app.get(
      '/api/progress',
      { schema: { tags: ['review'], summary: 'Scores per competency and per dimension over time, and where you are weakest now, across all your sessions', response: { 200: ProgressReport } } },
      async (req) => review.progress(req.ownerId),
    );
    app.post(
      '/api/progress/practice-weakest',
      { schema: { tags: ['review'], summary: 'A new session built from where you are weakest now (competencies, rubric dimension, questions still answered weakly)', response: { 201: Session, ...errors } } },
      async (req, reply) => reply.code(201).send(await review.practiceWeakest(req.ownerId)),
    );
    registerImport(app, review);
    await app.register(async (instance) => {
      addSessionScope(instance, services.sessions);
      const scoped = instance.withTypeProvider<ZodTypeProvider>();
      scoped.post(
        '/api/sessions/:id/practice-again',
        { schema: { tags: ['review'], summary: 'A new session with the same documents and settings', params: IdParams, body: AgainBody, response: { 201: Session, ...errors } } },
        async (req, reply) => reply.code(201).send(await review.practiceAgain(req.ownerId, req.params.id, req.body)),
      );
      const summary = { schema: { tags: ['review'], summary: 'Averages, best and weakest answers, next steps', params: IdParams, response: { 200: SessionReview, ...errors } } };
      scoped.post('/api/sessions/:id/summary', summary, async (req) => review.summary(req.ownerId, req.params.id));
      scoped.get('/api/sessions/:id/summary', summary, async (req) => review.summary(req.ownerId, req.params.id));
      scoped.get(
        '/api/sessions/:id/export',
        {
          schema: {
            tags: ['review'],
            summary: 'Download the study guide (pdf, md; latest attempts in full, or every attempt with attempts=all) or the whole session (json)',
            params: IdParams,
            querystring: ExportQuery,
            response: { 200: z.union([z.string(), z.instanceof(Buffer)]).describe('the file (application/pdf, text/markdown or application/json)'), ...errors },
          },
        },
        async (req, reply) => {
          const file = await review.exportSession(req.ownerId, req.params.id, req.query.format, { attempts: req.query.attempts });
          if (file.limitation) req.log.warn({ format: req.query.format }, 'pdf_text_replaced');
          return reply.header('content-type', file.contentType).header('content-disposition', file.disposition).header('cache-control', 'no-store').send(file.body);
        },
      );
    });
  };
}

/** POST /api/sessions/import: a JSON export becomes a new session of the caller's. */
function registerImport(app: Parameters<FastifyPluginAsyncZod>[0], review: ReviewService): void {
  app.post(
    '/api/sessions/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      // Thrown on to the app's one error handler, in the importer's words (see import-errors.ts).
      errorHandler: (err, req) => {
        throw importError(err, { body: req.body, multipart: req.isMultipart() });
      },
      schema: { tags: ['review'], summary: 'Import a JSON export (version 1 or 2) as a new session of yours, named "… (imported)"', body: ImportableExport, response: { 201: Session, 400: ErrorBody, 413: ErrorBody, 415: ErrorBody } },
    },
    async (req, reply) => reply.code(201).send(await review.importSession(req.ownerId, req.body)),
  );
}

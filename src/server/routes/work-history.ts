/**
 * /api/work-history: the owner's memory of their own work stories — list,
 * add, import a file, search, read one, correct (text, tags; answers what else was corrected),
 * delete, clear (both answer what else was forgotten: questions and feedback built on the
 * stories). Business rules live in the work-history service; this file only validates and maps.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../shared/api.js';
import { AddSnippetsResult, CorrectResult, ForgetResult, SearchResults, SearchStatus, Snippet, SnippetPage, SnippetSource } from '../../shared/work-history.js';
import { AppError } from '../errors.js';
import type { AddResult, Snippet as StoredSnippet, WorkHistoryService } from '../services/work-history/index.js';
import { readParts } from './multipart.js';
import { withUploadLimit } from './upload-limit.js';

const Tags = z.array(z.string().trim().min(1).max(40)).max(20);
const IdParams = z.object({ id: z.string().min(1).max(64) });
const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(500).optional(),
});
const SearchQuery = z.object({ q: z.string().trim().min(1).max(2000), k: z.coerce.number().int().min(1).max(50).default(5) });
const NewBody = z.object({
  text: z.string().trim().min(1, "Write the story's text first.").max(100_000, 'That is more than 100,000 characters: import it as a file instead, and it is split into stories.'),
  source: SnippetSource.optional(),
  tags: Tags.optional(),
});
/** Longer than any one story; a whole document belongs in an import, which splits it. */
const MAX_STORY_CHARS = 20_000;
const PatchBody = z
  .object({
    text: z.string().trim().min(1, 'The story text is empty. Write the story, or delete it instead.').max(MAX_STORY_CHARS, `A story is at most ${MAX_STORY_CHARS} characters. Split it into separate stories.`).optional(),
    tags: Tags.optional(),
  })
  .refine((b) => b.text !== undefined || b.tags !== undefined, { message: 'Send the corrected "text", new "tags", or both.' });
const ClearQuery = z.object({ confirm: z.literal('true', { message: 'add ?confirm=true to delete every story' }) });
const errors = { 400: ErrorBody, 404: ErrorBody };

/** The public shape: the owner id stays on the server. */
function view(s: StoredSnippet): Snippet {
  return { id: s.id, text: s.text, source: s.source, tags: s.tags, sessionId: s.sessionId, createdAt: s.createdAt };
}

/** What an add or an import answers: the stories made, and how many were skipped and why. */
function added(res: AddResult): AddSnippetsResult {
  return { created: res.created.map(view), skippedDuplicates: res.skippedDuplicates, skippedCorrected: res.skippedCorrected };
}

async function readFile(request: FastifyRequest): Promise<{ bytes: Buffer; filename: string }> {
  if (!request.isMultipart()) throw new AppError('bad_request', 'Upload the file as multipart/form-data with a "file" field.');
  let found: { bytes: Buffer; filename: string } | undefined;
  await readParts(request, async (part) => {
    if (part.type === 'file' && part.fieldname === 'file' && !found) found = { bytes: await part.toBuffer(), filename: part.filename ?? 'upload' };
    else if (part.type === 'file') await part.toBuffer();
  });
  if (!found) throw new AppError('bad_request', 'No file was attached. Choose a PDF, DOCX, TXT or Markdown file, or paste the text instead.');
  return found;
}

export function workHistoryRoutes(service: WorkHistoryService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['work-history'];
    app.get('/api/work-history', { schema: { tags, querystring: ListQuery, response: { 200: SnippetPage, 400: ErrorBody } } }, async (req) => {
      const page = await service.list(req.ownerId, req.query);
      return { items: page.items.map(view), total: page.total };
    });
    app.post('/api/work-history', { schema: { tags, body: NewBody, response: { 201: AddSnippetsResult, 400: ErrorBody } } }, async (req, reply) => {
      const res = await service.add(req.ownerId, { text: req.body.text, source: req.body.source ?? 'note', tags: req.body.tags ?? [] });
      return reply.code(201).send(added(res));
    });
    app.post(
      '/api/work-history/import',
      { schema: { tags, summary: 'Import a PDF, DOCX, TXT or MD file (multipart field "file")', consumes: ['multipart/form-data'], response: { 201: AddSnippetsResult, 400: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody } } },
      async (req, reply) => {
        const res = await service.importFile(req.ownerId, await withUploadLimit(req, readFile(req)));
        return reply.code(201).send(added(res));
      },
    );
    app.get('/api/work-history/search', { schema: { tags, querystring: SearchQuery, response: { 200: SearchResults, 400: ErrorBody } } }, async (req) => {
      const hits = await service.search(req.ownerId, req.query.q, req.query.k);
      return { items: hits.map((h) => ({ snippet: view(h.snippet), score: h.score, highlight: h.highlight })) };
    });
    app.get('/api/work-history/status', { schema: { tags, summary: 'Search by words or by meaning, and how many stories have vectors yet', response: { 200: SearchStatus } } }, async (req) =>
      service.searchStatus(req.ownerId),
    );
    app.get('/api/work-history/:id', { schema: { tags, params: IdParams, response: { 200: Snippet, ...errors } } }, async (req) =>
      view(await service.get(req.ownerId, req.params.id)),
    );
    const correctSummary = 'Correct a story. New text also corrects its copies: questions built on it and stored feedback lose the words it no longer holds';
    app.patch('/api/work-history/:id', { schema: { tags, summary: correctSummary, params: IdParams, body: PatchBody, response: { 200: CorrectResult, 409: ErrorBody, ...errors } } }, async (req) => {
      const { story, copies } = await service.correct(req.ownerId, req.params.id, req.body);
      return { ...view(story), ...copies };
    });
    const forgetSummary = 'Also removes the questions built on the stories that were never answered, and their words from answered questions and stored feedback';
    app.delete('/api/work-history/:id', { schema: { tags, summary: `Delete one story. ${forgetSummary}`, params: IdParams, response: { 200: ForgetResult, ...errors } } }, async (req) =>
      service.remove(req.ownerId, req.params.id),
    );
    app.delete('/api/work-history', { schema: { tags, summary: `Delete every story. ${forgetSummary}`, querystring: ClearQuery, response: { 200: ForgetResult, 400: ErrorBody } } }, async (req) =>
      service.clear(req.ownerId),
    );
  };
}

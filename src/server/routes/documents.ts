/**
 * /api/sessions/:id/documents and /profile. Uploads come as multipart (`kind`
 * then `file`) or as JSON `{ kind, text }`; both are validated here and
 * handed to the document service, which refuses bad files before storing.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DocumentInfo, DocumentWithText, ErrorBody } from '../../shared/api.js';
import { DocumentKind, Profile } from '../../shared/domain.js';
import { AppError } from '../errors.js';
import type { DocumentInput, DocumentService } from '../services/documents.js';
import type { Services } from '../services/index.js';
import { readParts } from './multipart.js';
import { addSessionScope } from './session-scope.js';
import { contentLength } from './upload-limit.js';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const PastedBody = z.object({ kind: DocumentKind, text: z.string() });
const errors = { 400: ErrorBody, 404: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody };

function parseKind(value: unknown): DocumentInput['kind'] {
  const parsed = DocumentKind.safeParse(value);
  if (!parsed.success) throw new AppError('bad_request', 'Say what the file is: send a form field "kind" of "resume" or "job_description" before the file.');
  return parsed.data;
}

/**
 * Read `kind` and one `file` from a multipart body. The file is buffered up to
 * the upload limit; a larger one is refused with the limit and its size (the
 * parser's own "file too large" names neither).
 */
async function readMultipart(request: FastifyRequest, documents: DocumentService): Promise<DocumentInput> {
  let kind: unknown;
  let file: { part: MultipartFile; bytes: Buffer } | undefined;
  let tooLarge = false;
  // The same limits as the app-wide multipart options, with an over-limit file reported instead of thrown.
  const options = { limits: { fileSize: documents.maxUploadBytes, files: 1, fields: 5, parts: 6 }, throwFileSizeLimit: false };
  await readParts(
    request,
    async (part) => {
      if (part.type === 'field' && part.fieldname === 'kind') kind = part.value;
      else if (part.type === 'file' && part.fieldname === 'file' && !file) {
        file = { part, bytes: await part.toBuffer() };
        tooLarge = part.file.truncated;
      } else if (part.type === 'file') await part.toBuffer();
    },
    options as Parameters<FastifyRequest['parts']>[0],
  );
  if (tooLarge) throw documents.tooLarge(contentLength(request));
  if (!file) throw new AppError('bad_request', 'No file was attached. Choose a PDF, DOCX, TXT or Markdown file, or paste the text instead.');
  return { kind: parseKind(kind), bytes: file.bytes, filename: file.part.filename ?? null, declaredType: file.part.mimetype ?? null };
}

function readPasted(body: unknown): DocumentInput {
  const parsed = PastedBody.safeParse(body);
  if (!parsed.success) throw new AppError('bad_request', 'Send { "kind": "resume" | "job_description", "text": "…" } or upload a file as multipart/form-data.');
  return parsed.data;
}

export function documentRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    addSessionScope(app, services.sessions);
    app.post(
      '/api/sessions/:id/documents',
      {
        schema: {
          tags: ['documents'],
          summary: 'Upload (multipart: kind, file) or paste (JSON: kind, text) a resume or job description',
          params: IdParams,
          consumes: ['multipart/form-data', 'application/json'],
          response: { 201: DocumentInfo, ...errors },
        },
      },
      async (req, reply) => {
        const input = req.isMultipart() ? await readMultipart(req, services.documents) : readPasted(req.body);
        return reply.code(201).send(await services.documents.upload(req.ownerId, req.params.id, input));
      },
    );
    app.get(
      '/api/sessions/:id/documents',
      { schema: { tags: ['documents'], params: IdParams, response: { 200: z.array(DocumentWithText), 404: ErrorBody } } },
      async (req) => services.documents.list(req.params.id),
    );
    app.get(
      '/api/sessions/:id/profile',
      { schema: { tags: ['documents'], summary: 'What the coach read: roles, skills, requirements, gap map', params: IdParams, response: { 200: Profile, 404: ErrorBody } } },
      async (req) => services.documents.profile(req.params.id),
    );
  };
}

import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeExtractionPool } from '../../../src/server/documents/extract.js';
import { registerErrorHandler } from '../../../src/server/plugins/errors.js';
import { workHistoryRoutes } from '../../../src/server/routes/work-history.js';
import { createWorkHistoryService } from '../../../src/server/services/work-history/service.js';
import type { WorkHistoryService } from '../../../src/server/services/work-history/types.js';
import { openTempStorage, type TempStorage } from '../../fixtures/work-history/storage.js';

let tmp: TempStorage;
let svc: WorkHistoryService;
let app: FastifyInstance;

/** A minimal app: the lead's error handler, multipart, and an owner taken from a header. */
async function build(): Promise<FastifyInstance> {
  const a = Fastify();
  a.setValidatorCompiler(validatorCompiler);
  a.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(a);
  await a.register(fastifyMultipart, { limits: { fileSize: 1024 * 1024, files: 1 } });
  a.decorateRequest('ownerId', '');
  a.addHook('onRequest', async (req) => {
    req.ownerId = String(req.headers['x-owner'] ?? 'alice');
  });
  await a.register(workHistoryRoutes(svc));
  return a;
}

function multipart(filename: string, body: string): { payload: Buffer; headers: Record<string, string> } {
  const b = '----wh-boundary';
  const payload = Buffer.from(
    `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\n${body}\r\n--${b}--\r\n`,
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

beforeEach(async () => {
  tmp = await openTempStorage();
  svc = createWorkHistoryService({ storage: tmp.storage });
  app = await build();
});
afterEach(async () => {
  await app.close();
  await svc.close();
  await tmp.cleanup();
});
afterAll(() => closeExtractionPool());

describe('/api/work-history', () => {
  it('adds, lists, searches, retags and deletes', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/work-history', payload: { text: 'I reduced the AWS bill by 38%.', tags: ['cost'] } });
    expect(created.statusCode).toBe(201);
    const body = created.json<{ created: Array<{ id: string; source: string; tags: string[] }>; skippedDuplicates: number }>();
    expect(body.created[0]).toMatchObject({ source: 'note', tags: ['cost'] });
    expect(body.created[0]).not.toHaveProperty('ownerId');
    const id = body.created[0]!.id;

    const list = await app.inject({ url: '/api/work-history?limit=10' });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id }] });
    // No embedding model here: search is by words, and "status" is not taken for a story id.
    const status = await app.inject({ url: '/api/work-history/status' });
    expect(status.json()).toEqual({ embeddingModel: null, stories: 1, withVectors: 0, running: false, stalled: false });

    const search = await app.inject({ url: `/api/work-history/search?q=${encodeURIComponent('cut cloud costs')}&k=3` });
    expect(search.statusCode).toBe(200);
    const hit = search.json<{ items: Array<{ snippet: { id: string }; highlight: Array<{ text: string; match: boolean }> }> }>().items[0]!;
    expect(hit.snippet.id).toBe(id);
    expect(hit.highlight.some((s) => s.match)).toBe(true);

    const patched = await app.inject({ method: 'PATCH', url: `/api/work-history/${id}`, payload: { tags: ['finops'] } });
    expect(patched.json()).toMatchObject({ id, tags: ['finops'] });
    const corrected = await app.inject({ method: 'PATCH', url: `/api/work-history/${id}`, payload: { text: 'I cut the GCP bill by 30% in a quarter.' } });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ id, text: 'I cut the GCP bill by 30% in a quarter.', tags: ['finops'] });

    expect((await app.inject({ method: 'DELETE', url: `/api/work-history/${id}` })).json()).toEqual({ deleted: 1, questionsRemoved: 0, questionsRedacted: 0, feedbackRedacted: 0 });
    expect((await app.inject({ method: 'DELETE', url: `/api/work-history/${id}` })).json()).toEqual({
      error: { code: 'snippet_not_found', message: expect.any(String) },
    });
  });

  it('bounds paging and validates bodies', async () => {
    expect((await app.inject({ url: '/api/work-history?limit=101' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/work-history', payload: { text: '' } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/work-history', payload: { text: 'x', source: 'bogus' } })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/work-history/search?q=' })).statusCode).toBe(400);
  });

  it('refuses corrections that are empty, too long, missing or duplicates, with a message', async () => {
    const add = async (text: string) => (await app.inject({ method: 'POST', url: '/api/work-history', payload: { text } })).json<{ created: Array<{ id: string }> }>().created[0]!.id;
    const id = await add('I mentored two junior engineers.');
    await add('I rolled out single sign-on.');
    const patch = (payload: object) => app.inject({ method: 'PATCH', url: `/api/work-history/${id}`, payload });
    for (const [payload, message] of [
      [{ text: '   ' }, /text is empty/],
      [{ text: 'x'.repeat(20_001) }, /at most 20000 characters/],
      [{}, /"text", new "tags", or both/],
    ] as const) {
      const res = await patch(payload);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
    const dup = await patch({ text: 'I rolled out single sign-on.' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toEqual({ error: { code: 'conflict', message: expect.stringMatching(/already have a story with exactly this text/) } });
    expect((await app.inject({ url: `/api/work-history/${id}` })).json()).toMatchObject({ text: 'I mentored two junior engineers.' });
  });

  it('clears only with ?confirm=true', async () => {
    await app.inject({ method: 'POST', url: '/api/work-history', payload: { text: 'A story to keep.' } });
    const refused = await app.inject({ method: 'DELETE', url: '/api/work-history' });
    expect(refused.statusCode).toBe(400);
    expect((await app.inject({ url: '/api/work-history' })).json()).toMatchObject({ total: 1 });
    expect((await app.inject({ method: 'DELETE', url: '/api/work-history?confirm=true' })).json()).toEqual({ deleted: 1, questionsRemoved: 0, questionsRedacted: 0, feedbackRedacted: 0 });
    expect((await app.inject({ url: '/api/work-history' })).json()).toMatchObject({ total: 0 });
  });

  it('imports a file and skips it the second time', async () => {
    const file = multipart('stories.txt', 'I mentored two junior engineers through their first releases.');
    const first = await app.inject({ method: 'POST', url: '/api/work-history/import', ...file });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ created: [{ source: 'file' }], skippedDuplicates: 0 });
    const again = await app.inject({ method: 'POST', url: '/api/work-history/import', ...file });
    expect(again.json()).toMatchObject({ created: [], skippedDuplicates: 1 });
    const none = await app.inject({ method: 'POST', url: '/api/work-history/import', payload: { text: 'x' } });
    expect(none.statusCode).toBe(400);
  });

  it('keeps owners apart over HTTP', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/work-history', payload: { text: 'Alice private story about SSO.' } });
    const id = res.json<{ created: Array<{ id: string }> }>().created[0]!.id;
    const bob = { 'x-owner': 'bob' };
    expect((await app.inject({ url: '/api/work-history', headers: bob })).json()).toEqual({ items: [], total: 0 });
    expect((await app.inject({ url: '/api/work-history/search?q=SSO', headers: bob })).json()).toEqual({ items: [] });
    expect((await app.inject({ url: `/api/work-history/${id}`, headers: bob })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/work-history/${id}` })).json()).toMatchObject({ id, text: 'Alice private story about SSO.' });
    expect((await app.inject({ method: 'DELETE', url: `/api/work-history/${id}`, headers: bob })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PATCH', url: `/api/work-history/${id}`, headers: bob, payload: { tags: [] } })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/work-history' })).json()).toMatchObject({ total: 1 });
  });
});

/**
 * The stories import refuses a file over the upload limit as the documents
 * upload does: 413 naming the limit (MAX_UPLOAD_MB) and the file's size, with
 * what to do, and nothing stored. It used to answer with the parser's generic
 * "The file is too large", which named neither.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, startTestApp, type TestApp, type TestClient } from './helper.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_UPLOAD_MB: '1' });
});
afterAll(async () => {
  await app?.destroy();
});

function importFile(c: TestClient, megabytes: number) {
  const form = multipart({}, { name: 'file', filename: 'stories.txt', type: 'text/plain', bytes: Buffer.alloc(Math.round(megabytes * 1024 * 1024), 'a') });
  return c.request({ method: 'POST', url: '/api/work-history/import', ...form });
}

describe('a stories import over the upload limit', () => {
  it('is refused with 413 naming the limit and the file size, and stores nothing', async () => {
    const c = app.client();
    const res = await importFile(c, 2.5);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({
      code: 'document_too_large',
      message: 'This file is about 2.5 MB; the limit is 1 MB. Upload a smaller file (remove images, or save just the text as PDF or DOCX), or paste the text instead.',
    });
    expect((await c.get('/api/work-history')).json().total).toBe(0);
  });

  it('gives the same refusal as a session document upload of the same file', async () => {
    const c = app.client();
    const session = (await c.post('/api/sessions', {})).json() as { id: string };
    const form = multipart({ kind: 'resume' }, { name: 'file', filename: 'stories.txt', type: 'text/plain', bytes: Buffer.alloc(Math.round(2.5 * 1024 * 1024), 'a') });
    const doc = await c.request({ method: 'POST', url: `/api/sessions/${session.id}/documents`, ...form });
    expect((await importFile(c, 2.5)).json()).toEqual(doc.json());
  });

  it('still imports a file under the limit', async () => {
    const c = app.client();
    const text = 'I re-slotted the fast movers closer to pack-out and picks per hour rose from 118 to 141 in ten weeks.\n';
    const form = multipart({}, { name: 'file', filename: 'notes.txt', type: 'text/plain', bytes: Buffer.from(text) });
    const res = await c.request({ method: 'POST', url: '/api/work-history/import', ...form });
    expect(res.statusCode).toBe(201);
    expect((await c.get('/api/work-history')).json().total).toBeGreaterThan(0);
  });
});

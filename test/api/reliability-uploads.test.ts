/**
 * The bad-input battery for uploads, run against BOTH upload routes (session
 * documents and work-history import): each hostile file is refused with a 4xx
 * and a message that says what to do, and nothing is stored. A path-traversal
 * filename is stored as a plain label and nothing is written outside DATA_DIR;
 * UTF-16 text is accepted and decoded.
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeElfBytes, makeEncryptedPdf, makeExeBytes, makeTruncatedPdf, makeUtf16Text, makeZipBomb } from '../fixtures/documents/make.js';
import { multipart, startTestApp, type TestApp, type TestClient } from './helper.js';

interface Target {
  name: string;
  /** POST the file; returns the response. */
  upload(c: TestClient, file: { filename: string; type: string; bytes: Buffer }): ReturnType<TestClient['request']>;
  /** How many things this owner has stored through this route. */
  stored(c: TestClient): Promise<number>;
  /** The stored text (for the accepted cases). */
  text(c: TestClient): Promise<string>;
}

const sessions = new WeakMap<TestClient, string>();
async function sessionOf(c: TestClient): Promise<string> {
  if (!sessions.has(c)) sessions.set(c, (await c.post('/api/sessions', {})).json().id);
  return sessions.get(c)!;
}

const TARGETS: Target[] = [
  {
    name: 'document upload',
    async upload(c, file) {
      const form = multipart({ kind: 'resume' }, { name: 'file', ...file });
      return c.request({ method: 'POST', url: `/api/sessions/${await sessionOf(c)}/documents`, ...form });
    },
    async stored(c) {
      return (await c.get(`/api/sessions/${await sessionOf(c)}/documents`)).json().length;
    },
    async text(c) {
      return (await c.get(`/api/sessions/${await sessionOf(c)}/documents`)).json()[0].text;
    },
  },
  {
    name: 'work-history import',
    upload: (c, file) => c.request({ method: 'POST', url: '/api/work-history/import', ...multipart({}, { name: 'file', ...file }) }),
    stored: async (c) => (await c.get('/api/work-history')).json().total,
    text: async (c) => (await c.get('/api/work-history?limit=100')).json().items.map((s: { text: string }) => s.text).join('\n'),
  },
];

interface BadCase {
  label: string;
  file: () => Promise<{ filename: string; type: string; bytes: Buffer }>;
  /** Expected status, and words the message must contain (it must say what to do). */
  status: number;
  message: RegExp;
}

const FIFTY_MB = 50 * 1024 * 1024;
const BAD: BadCase[] = [
  { label: 'an empty text file', file: async () => ({ filename: 'empty.txt', type: 'text/plain', bytes: Buffer.alloc(0) }), status: 422, message: /empty|no text/i },
  { label: 'a 0-byte PDF', file: async () => ({ filename: 'resume.pdf', type: 'application/pdf', bytes: Buffer.alloc(0) }), status: 422, message: /empty|no text/i },
  { label: 'a truncated PDF', file: async () => ({ filename: 'cut.pdf', type: 'application/pdf', bytes: await makeTruncatedPdf() }), status: 422, message: /pdf/i },
  { label: 'an encrypted PDF', file: async () => ({ filename: 'locked.pdf', type: 'application/pdf', bytes: await makeEncryptedPdf() }), status: 422, message: /password|encrypt/i },
  { label: 'a DOCX zip bomb', file: async () => ({ filename: 'bomb.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: makeZipBomb({ megabytes: 60 }) }), status: 413, message: /large|expand|size/i },
  { label: 'a DOCX zip bomb that lies about its size', file: async () => ({ filename: 'liar.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: makeZipBomb({ megabytes: 60, lie: true }) }), status: 413, message: /large|expand|size/i },
  { label: 'a 50 MB file', file: async () => ({ filename: 'huge.txt', type: 'text/plain', bytes: Buffer.alloc(FIFTY_MB, 'a') }), status: 413, message: /large|MB|limit/i },
  { label: 'a Linux executable renamed .pdf', file: async () => ({ filename: 'resume.pdf', type: 'application/pdf', bytes: makeElfBytes() }), status: 415, message: /PDF|DOCX/ },
  { label: 'a Windows executable renamed .pdf', file: async () => ({ filename: 'resume.pdf', type: 'application/pdf', bytes: makeExeBytes() }), status: 415, message: /PDF|DOCX/ },
];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
});
afterAll(async () => {
  await t.destroy();
});

describe.each(TARGETS)('$name refuses hostile files', (target) => {
  it.each(BAD)('$label → 4xx with a helpful message, nothing stored', async ({ file, status, message }) => {
    const c = t.client();
    const res = await target.upload(c, await file());
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
    const { error } = res.json();
    expect(error.message).toMatch(message);
    expect(error.message.length).toBeGreaterThan(30);
    expect(await target.stored(c)).toBe(0);
  });
});

describe.each(TARGETS)('$name accepts awkward but valid files', (target) => {
  it('stores a path-traversal filename as a label only and writes nothing outside DATA_DIR', async () => {
    const c = t.client();
    const before = new Set(readdirSync(t.dataDir));
    const text = 'I migrated the billing ledger to PostgreSQL with zero downtime, rehearsing the cutover three times.';
    const res = await target.upload(c, { filename: '../../etc/passwd.txt', type: 'text/plain', bytes: Buffer.from(text) });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    expect(res.body).not.toContain('..');
    expect(await target.text(c)).toContain('zero downtime');
    for (const escaped of [path.resolve(t.dataDir, '../../etc/passwd.txt'), path.join(os.tmpdir(), 'etc', 'passwd.txt'), path.join(t.dataDir, '..', 'passwd.txt')]) {
      expect(existsSync(escaped), escaped).toBe(false);
    }
    const added = readdirSync(t.dataDir).filter((f) => !before.has(f));
    expect(added.filter((f) => /passwd/.test(f))).toEqual([]);
  });

  it.each([['little', 'le'], ['big', 'be']] as const)('decodes UTF-16 %s-endian text', async (_label, endian) => {
    const c = t.client();
    const text = 'José Müller — led the São Paulo rollout; cut latency by 40 % for 2 000 stores.';
    const res = await target.upload(c, { filename: `notes-${endian}.txt`, type: 'text/plain', bytes: makeUtf16Text(text, { endian }) });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    const stored = await target.text(c);
    expect(stored).toContain('José Müller');
    expect(stored).toContain('São Paulo');
    expect(stored).not.toContain('\u0000');
  });
});

describe('document upload filenames', () => {
  it('keeps only the last segment of a path-traversal filename as the label', async () => {
    const c = t.client();
    const res = await TARGETS[0]!.upload(c, { filename: '../../etc/passwd.txt', type: 'text/plain', bytes: Buffer.from('Resume of a careful engineer who rehearses every cutover.') });
    expect(res.json().filename).toBe('passwd.txt');
    const detail = (await c.get(`/api/sessions/${await sessionOf(c)}`)).json();
    expect(detail.documents[0].filename).toBe('passwd.txt');
  });
});

describe.each([
  ['document upload', async (c: TestClient) => `/api/sessions/${await sessionOf(c)}/documents`],
  ['work-history import', async () => '/api/work-history/import'],
] as const)('%s refuses malformed multipart bodies', (_name, urlOf) => {
  const truncated = '--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\nresume\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhalf a fi';
  it.each([
    ['without a boundary', 'multipart/form-data', '--x\r\n\r\n--x--'],
    ['cut off mid-file', 'multipart/form-data; boundary=x', truncated],
  ])('%s → 400 with a message, nothing stored', async (_label, type, body) => {
    const c = t.client();
    const res = await c.request({ method: 'POST', url: await urlOf(c), payload: body, headers: { 'content-type': type } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(/multipart|cut off/);
    const target = TARGETS.find((x) => x.name === _name)!;
    expect(await target.stored(c)).toBe(0);
  });
});

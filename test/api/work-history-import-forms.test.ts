/**
 * The same career notes — fourteen stories, each under a title line — imported
 * as Markdown, a .txt file, pasted text and a PDF through the real app (issue
 * #5). Every form gives one story per title, the same stories (same text once
 * whitespace is collapsed), so importing the notes again in another form adds
 * nothing. Before the fix, plain text and PDF were cut into size windows that
 * straddled stories, and each form added near-duplicates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_STORIES } from '../fixtures/work-history/notes-career.js';
import { notesMarkdown, notesPasted, notesPdf, notesText } from '../fixtures/work-history/notes-forms.js';
import { multipart, startTestApp, type TestApp, type TestClient } from './helper.js';

type Form = 'markdown' | 'txt' | 'pasted' | 'pdf';
const FORMS: readonly Form[] = ['markdown', 'txt', 'pasted', 'pdf'];

let app: TestApp;
let pdf: Awaited<ReturnType<typeof notesPdf>>;
beforeAll(async () => {
  app = await startTestApp();
  pdf = await notesPdf();
});
afterAll(async () => {
  await app?.destroy();
});

const FILES = {
  markdown: () => ({ filename: 'career-notes.md', type: 'text/markdown', bytes: Buffer.from(notesMarkdown(), 'utf8') }),
  txt: () => ({ filename: 'career-notes.txt', type: 'text/plain', bytes: Buffer.from(notesText(), 'utf8') }),
  pdf: () => ({ filename: 'career-notes.pdf', type: 'application/pdf', bytes: pdf.bytes }),
};

/** Bring the notes in one form: a file import, or the text pasted as a new story. */
function bring(c: TestClient, form: Form) {
  if (form === 'pasted') return c.post('/api/work-history', { text: notesPasted() });
  const body = multipart({}, { name: 'file', ...FILES[form]() });
  return c.request({ method: 'POST', url: '/api/work-history/import', ...body });
}

async function storedTexts(c: TestClient): Promise<string[]> {
  const page = (await c.get('/api/work-history?limit=100')).json() as { items: Array<{ text: string }>; total: number };
  expect(page.total).toBe(page.items.length);
  return page.items.map((s) => s.text);
}

const collapsed = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('the same notes as Markdown, .txt, pasted text and PDF', () => {
  it('the PDF has a page break inside a sentence (so the test covers it)', () => {
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.midSentenceBreaks).toBeGreaterThanOrEqual(1);
  });

  it('each form gives one story per title, headed by it, and the same stories', async () => {
    const byForm = new Map<Form, string[]>();
    for (const form of FORMS) {
      const c = app.client();
      const res = await bring(c, form);
      expect(res.statusCode, `${form}: ${res.body}`).toBe(201);
      const texts = await storedTexts(c);
      byForm.set(form, texts);
      expect(texts, form).toHaveLength(NOTE_STORIES.length);
      // Each story opens with its own title and holds no other story's title or words.
      expect(texts.map((t) => t.split('\n')[0]).sort(), form).toEqual(NOTE_STORIES.map((s) => `${s.title}:`).sort());
      for (const t of texts) expect(NOTE_STORIES.filter((s) => t.includes(s.title)), `${form}: ${t.slice(0, 80)}`).toHaveLength(1);
      // No sentence is cut into two paragraphs (a PDF page break used to do that).
      for (const t of texts) expect(t, form).not.toMatch(/\n\n\p{Ll}/u);
    }
    const reference = byForm.get('markdown')!.map(collapsed).sort();
    for (const form of FORMS) expect(byForm.get(form)!.map(collapsed).sort(), form).toEqual(reference);
    // The sentence that ran over the PDF's page break is one line again.
    expect(byForm.get('pdf')!.some((t) => t.includes('the writers and I agreed a simple rule: every new feature'))).toBe(true);
  });

  it('importing the notes again in another form adds nothing', async () => {
    const c = app.client();
    const first = await bring(c, 'markdown');
    expect(first.json().created).toHaveLength(NOTE_STORIES.length);
    for (const form of ['txt', 'pasted', 'pdf'] as const) {
      const again = await bring(c, form);
      expect(again.statusCode, form).toBe(201);
      expect(again.json(), form).toMatchObject({ created: [], skippedDuplicates: NOTE_STORIES.length });
    }
    expect(await storedTexts(c)).toHaveLength(NOTE_STORIES.length);
  });
});

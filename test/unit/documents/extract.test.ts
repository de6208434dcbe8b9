import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../../src/server/errors.js';
import { closeExtractionPool, extractDocument, type ExtractLimits } from '../../../src/server/documents/extract.js';
import {
  makeCfbBytes,
  makeDocx,
  makeElfBytes,
  makeEncryptedPdf,
  makeExeBytes,
  makeImageOnlyPdf,
  makePngBytes,
  makeResumePdf,
  makeTruncatedPdf,
  makeUtf16Text,
  makeZipBomb,
} from '../../fixtures/documents/make.js';

// Starting a worker from TypeScript sources takes a while on a busy machine: pay for it once, here.
beforeAll(async () => {
  await extractDocument({ bytes: Buffer.from('warm-up') });
}, 60_000);

afterAll(async () => {
  await closeExtractionPool();
});

/** Run an extraction expected to fail; return the AppError. */
async function refusal(bytes: Buffer, filename = 'upload', limits?: Partial<ExtractLimits>): Promise<AppError> {
  const err = await extractDocument({ bytes, filename }, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

function expectRefusal(err: AppError, code: ErrorCode, advice: RegExp): void {
  expect(err.code).toBe(code);
  expect(err.message).toMatch(advice);
  // Every refusal tells the user what to do next.
  expect(err.message).toMatch(/paste|upload|save|export|try/i);
}

describe('extractDocument: good files', () => {
  it('reads a one-column PDF in order and keeps right-aligned dates on their row', async () => {
    const doc = await extractDocument({ bytes: await makeResumePdf(), filename: 'cv.pdf' });
    expect(doc).toMatchObject({ mediaType: 'application/pdf', pages: 1, filename: 'cv.pdf' });
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe('Alex Rivera');
    expect(lines).toContain('Senior Backend Engineer, Tidewater Logistics 2020 – 2024');
    expect(doc.text.indexOf('Tidewater')).toBeLessThan(doc.text.indexOf('Harbor Lane'));
    expect(doc.text).toMatch(/^- Rebuilt the shipment-tracking pipeline as an event-driven service/m);
    // The bullet wrapped by the PDF layout comes back as one line.
    expect(doc.text).toMatch(/^- Rebuilt .* from 9 minutes to 40 seconds$/m);
  });

  it('reads a two-column PDF column by column', async () => {
    const doc = await extractDocument({ bytes: await makeResumePdf({ columns: 2 }) });
    const text = doc.text;
    // The sidebar is read whole before the main column starts.
    expect(text.indexOf('English (fluent)')).toBeGreaterThan(text.indexOf('Skills'));
    expect(text.indexOf('English (fluent)')).toBeLessThan(text.indexOf('Experience'));
    expect(text.indexOf('Experience')).toBeLessThan(text.indexOf('Harbor Lane Bank'));
    // No line mixes the two columns.
    for (const line of text.split('\n')) expect(line.includes('Kafka') && line.includes('Tidewater')).toBe(false);
    expect(text).toContain('Kubernetes\nLanguages');
    expect(text).toMatch(/^- Rebuilt the shipment-tracking pipeline as an event-driven service, cutting delivery-status lag/m);
  });

  it('drops running headers and page numbers from a multi-page PDF', async () => {
    const doc = await extractDocument({ bytes: await makeResumePdf({ name: 'Sam Okafor', pages: 3 }) });
    expect(doc.pages).toBe(3);
    expect(doc.text).not.toMatch(/Page \d of 3/);
    expect(doc.text.match(/Sam Okafor · Resume/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(doc.text.indexOf('Project 2')).toBeLessThan(doc.text.indexOf('Project 3'));
    expect(doc.text).toContain('Reviewed 9 pull requests a week');
  });

  it('reads a DOCX with a table as "cell | cell" rows', async () => {
    const bytes = makeDocx(['Priya Natarajan', '• Shipped the onboarding redesign'], [[['Employer', 'Role', 'Years'], ['Northwind Health', 'Product Designer', '2021 – 2024']]]);
    const doc = await extractDocument({ bytes, filename: 'priya.docx' });
    expect(doc.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc.pages).toBeNull();
    expect(doc.text).toBe('Priya Natarajan\n- Shipped the onboarding redesign\nEmployer | Role | Years\nNorthwind Health | Product Designer | 2021 – 2024');
  });

  it('reads UTF-8 text and Markdown, telling them apart by name or declared type', async () => {
    const txt = await extractDocument({ bytes: Buffer.from('Jo Chen\r\n\r\n\r\n* Ran the ﬁnance close'), filename: 'jo.txt' });
    expect(txt).toMatchObject({ mediaType: 'text/plain', text: 'Jo Chen\n\n- Ran the finance close' });
    const md = await extractDocument({ bytes: Buffer.from('# Jo Chen\n\n- Staff engineer'), filename: 'jo.md' });
    expect(md.mediaType).toBe('text/markdown');
    const declared = await extractDocument({ bytes: Buffer.from('# Notes'), filename: null, declaredType: 'text/markdown' });
    expect(declared).toMatchObject({ mediaType: 'text/markdown', filename: null });
  });

  it('decodes UTF-16 text with and without a byte-order mark', async () => {
    const le = await extractDocument({ bytes: makeUtf16Text('Zoë Müller — résumé'), filename: 'z.txt' });
    expect(le.text).toBe('Zoë Müller — résumé');
    const be = await extractDocument({ bytes: makeUtf16Text('Zoë Müller\nLine two', { endian: 'be', bom: false }) });
    expect(be.text).toBe('Zoë Müller\nLine two');
  });

  it('decides the type from content, not the name: text named .pdf is read as text', async () => {
    const doc = await extractDocument({ bytes: Buffer.from('Plain notes about my last role'), filename: 'notes.pdf', declaredType: 'application/pdf' });
    expect(doc).toMatchObject({ mediaType: 'text/plain', pages: null, text: 'Plain notes about my last role' });
  });

  it('sanitises the stored filename', async () => {
    const doc = await extractDocument({ bytes: Buffer.from('hello'), filename: '../../etc/\u202Epasswd.txt' });
    expect(doc.filename).toBe('passwd.txt');
  });
});

describe('extractDocument: refusals', () => {
  it('refuses an empty file', async () => {
    expectRefusal(await refusal(Buffer.alloc(0)), 'document_empty', /empty/);
  });

  it('refuses a file over the byte limit before parsing', async () => {
    const err = await refusal(Buffer.alloc(2048, 0x41), 'big.txt', { maxBytes: 1024 });
    expectRefusal(err, 'document_too_large', /2 KB; the limit is 1 KB/);
  });

  it('refuses executables and images renamed as PDFs by their magic bytes', async () => {
    expectRefusal(await refusal(makeElfBytes(), 'resume.pdf'), 'unsupported_media_type', /Linux program/);
    expectRefusal(await refusal(makeExeBytes(), 'resume.pdf'), 'unsupported_media_type', /Windows program/);
    expectRefusal(await refusal(makePngBytes(), 'resume.pdf'), 'unsupported_media_type', /PNG image/);
  });

  it('refuses binary junk claiming to be text', async () => {
    const junk = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256));
    expectRefusal(await refusal(junk, 'notes.txt'), 'unsupported_media_type', /not a PDF, Word/);
  });

  it('refuses legacy .doc and password-protected Office files', async () => {
    expectRefusal(await refusal(makeCfbBytes()), 'unsupported_media_type', /old Word \(\.doc\)/);
    expectRefusal(await refusal(makeCfbBytes({ encrypted: true })), 'document_encrypted', /password/);
  });

  it('refuses an encrypted PDF', async () => {
    expectRefusal(await refusal(await makeEncryptedPdf(), 'locked.pdf'), 'document_encrypted', /password-protected/);
  });

  it('refuses truncated and corrupt PDFs', async () => {
    expectRefusal(await refusal(await makeTruncatedPdf()), 'document_unreadable', /damaged or only partly uploaded/);
    const garbage = Buffer.from('%PDF-1.7\nthis is not a pdf body\n%%EOF\n');
    expectRefusal(await refusal(garbage), 'document_unreadable', /damaged/);
  });

  it('refuses an image-only PDF as empty, suggesting to paste the text', async () => {
    expectRefusal(await refusal(await makeImageOnlyPdf()), 'document_empty', /image-only \(scanned\) PDF.*paste the text/);
  });

  it('refuses PDFs over the page or character limits', async () => {
    const pages = await refusal(await makeResumePdf({ pages: 5 }), 'long.pdf', { maxPages: 4 });
    expectRefusal(pages, 'document_too_large', /5 pages; the limit is 4/);
    const chars = await refusal(await makeResumePdf(), 'cv.pdf', { maxCharacters: 200 });
    expectRefusal(chars, 'document_too_large', /characters/);
  });

  it('refuses a DOCX zip bomb by declared size and by real size', async () => {
    expectRefusal(await refusal(makeZipBomb()), 'document_too_large', /unpacks to more than 30 MB/);
    expectRefusal(await refusal(makeZipBomb({ lie: true })), 'document_too_large', /unpacks to more than/);
    const small = await refusal(makeZipBomb({ megabytes: 2 }), 'cv.docx', { maxDocxUncompressedBytes: 1024 * 1024 });
    expectRefusal(small, 'document_too_large', /1 MB/);
  }, 20_000);

  it('refuses a ZIP that is not a Word document', async () => {
    const notDocx = makeDocx(['x']).toString('latin1').replaceAll('word/document.xml', 'word/documenX.xml');
    expectRefusal(await refusal(Buffer.from(notDocx, 'latin1')), 'unsupported_media_type', /ZIP archive/);
  });

  it('refuses text that is only whitespace', async () => {
    expectRefusal(await refusal(Buffer.from(' \n\t\u00A0\n'), 'blank.txt'), 'document_empty', /no text/);
  });
});

describe('extractDocument: time limit', () => {
  it('stops a job past its time limit with a clear error, and the pool keeps working', async () => {
    const big = await makeResumePdf({ pages: 20 });
    const err = await refusal(big, 'big.pdf', { timeoutMs: 1 });
    expectRefusal(err, 'document_unreadable', /took longer than 1 ms/);
    const after = await extractDocument({ bytes: await makeResumePdf({ pages: 2 }) });
    expect(after.pages).toBe(2);
    expect(after.text).toContain('Project 2');
  }, 30_000);

  it('runs concurrent extractions and returns each its own result', async () => {
    const names = ['Ana Lima', 'Ben Aziz', 'Cleo Park', 'Dev Rao'];
    const docs = await Promise.all(names.map(async (name) => extractDocument({ bytes: await makeResumePdf({ name }) })));
    docs.forEach((doc, i) => expect(doc.text.startsWith(names[i]!)).toBe(true));
  });
});

import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/server/documents/html.js';
import { sniffKind } from '../../../src/server/documents/sniff.js';
import { decodeText, textMediaType } from '../../../src/server/documents/text.js';
import { assertZipWithinLimit, readCentralDirectory, ZipError } from '../../../src/server/documents/zip.js';
import { makeDocx, makeUtf16Text, makeZipBomb } from '../../fixtures/documents/make.js';

describe('decodeText', () => {
  it('reads UTF-8 with or without a BOM', () => {
    expect(decodeText(Buffer.from('Ça va — naïve'))).toBe('Ça va — naïve');
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Olá')]))).toBe('Olá');
  });

  it('reads UTF-16 LE/BE with a BOM and guesses it without one', () => {
    expect(decodeText(makeUtf16Text('Grüße aus Köln'))).toBe('Grüße aus Köln');
    expect(decodeText(makeUtf16Text('Grüße aus Köln', { endian: 'be' }))).toBe('Grüße aus Köln');
    expect(decodeText(makeUtf16Text('Plain words here', { bom: false }))).toBe('Plain words here');
  });

  it('falls back to Windows-1252 for legacy 8-bit text', () => {
    expect(decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x80, 0x35]))).toBe('Café – €5');
  });

  it('returns null for binary data, NULs, or a UTF-16 BOM over junk', () => {
    expect(decodeText(Buffer.from([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46]))).toBeNull();
    expect(decodeText(Buffer.from(Array.from({ length: 200 }, (_, i) => 1 + (i % 30))))).toBeNull();
    const junk16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0xdc : 0x10)))]);
    expect(decodeText(junk16)).toBeNull();
  });

  it('tells Markdown from plain text by declared type or extension only', () => {
    expect(textMediaType('notes.MD', null)).toBe('text/markdown');
    expect(textMediaType(null, 'text/x-markdown')).toBe('text/markdown');
    expect(textMediaType('notes.txt', 'text/plain')).toBe('text/plain');
  });
});

describe('sniffKind', () => {
  it('classifies by magic bytes, not names', () => {
    expect(sniffKind(Buffer.from('%PDF-1.4\n'))).toBe('pdf');
    expect(sniffKind(Buffer.concat([Buffer.alloc(100, 0x20), Buffer.from('%PDF-1.7')]))).toBe('pdf');
    expect(sniffKind(makeDocx(['a']))).toBe('zip');
    expect(sniffKind(Buffer.from('PDF résumé'))).toBe('other');
  });
});

describe('zip inspection', () => {
  it('lists the entries of a DOCX and measures its real size', () => {
    const docx = makeDocx(['Hello']);
    const entries = readCentralDirectory(docx);
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
    expect(assertZipWithinLimit(docx, entries, 1024 * 1024)).toBe(total);
  });

  it('catches a size lie by inflating with a cap', () => {
    const bomb = makeZipBomb({ megabytes: 1, lie: true });
    const entries = readCentralDirectory(bomb);
    expect(entries.reduce((n, e) => n + e.uncompressedSize, 0)).toBeLessThan(4096);
    expect(() => assertZipWithinLimit(bomb, entries, 512 * 1024)).toThrow(ZipError);
  });

  it('reports a zip with no central directory as corrupt', () => {
    const cut = makeDocx(['Hello']).subarray(0, 60);
    expect(() => readCentralDirectory(cut)).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  });
});

describe('htmlToText (mammoth output)', () => {
  it('keeps paragraphs, headings and lists as lines', () => {
    const html = '<h1>Ravi &amp; Co</h1><p>Summary <strong>line</strong></p><ul><li>First</li><li>Second<ul><li>Nested</li></ul></li></ul><p>a<br />b</p>';
    expect(htmlToText(html)).toBe('# Ravi & Co\n\nSummary line\n- First\n- Second\n- Nested\na\nb');
  });

  it('marks each heading with its level, so a story importer can cut at it, and drops empty ones', () => {
    const html = '<h1>Wins at Larkfield</h1><h2>Rescuing the <em>billing</em> migration</h2><p>Body one.</p><h3></h3><h2>Hiring</h2><p>Body two.</p>';
    expect(htmlToText(html)).toBe('# Wins at Larkfield\n\n## Rescuing the billing migration\n\nBody one.\n\n## Hiring\n\nBody two.');
  });

  it('turns table rows into "cell | cell" lines, joining paragraphs inside a cell', () => {
    const html = '<table><tr><th><p>Year</p></th><th><p>Role</p></th></tr><tr><td><p>2021</p></td><td><p>Lead</p><p>Platform team</p></td></tr></table><p>After</p>';
    expect(htmlToText(html)).toBe('Year | Role\n2021 | Lead Platform team\nAfter');
  });

  it('decodes numeric entities safely', () => {
    expect(htmlToText('<p>&#8211; &#x2022; &#99999999; &bogus;</p>')).toBe('– • &#99999999; &bogus;');
  });
});

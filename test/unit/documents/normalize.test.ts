import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/server/errors.js';
import { normalizePastedText, normalizeText, sanitizeFilename } from '../../../src/server/documents/extract.js';
import { expandLigatures, joinHyphenatedLines, normalizeBullets } from '../../../src/server/documents/normalize.js';

describe('normalizeText', () => {
  it('expands ligature glyphs', () => {
    expect(expandLigatures('ﬁnance, ﬂow, oﬀer, eﬃcient, baﬄed')).toBe('finance, flow, offer, efficient, baffled');
  });

  it('joins words hyphenated across lines but keeps real compounds', () => {
    expect(joinHyphenatedLines('improved manage-\nment of releases')).toBe('improved management of releases');
    expect(joinHyphenatedLines('built an event-\ndriven system')).toBe('built an event-driven system');
    expect(joinHyphenatedLines('a self-\nservice portal')).toBe('a self-service portal');
    expect(joinHyphenatedLines('state-of-the-\nart tooling')).toBe('state-of-the-art tooling');
    expect(joinHyphenatedLines('event-driven and cross-team')).toBe('event-driven and cross-team');
    // A dash before a capitalised line is not hyphenation.
    expect(joinHyphenatedLines('Skills -\nPython')).toBe('Skills -\nPython');
  });

  it('removes soft hyphens, joining at a line break', () => {
    expect(normalizeText('infra\u00AD\nstructure and co\u00ADordination')).toBe('infrastructure and coordination');
  });

  it('turns every bullet glyph into "- " at line start', () => {
    const input = ['• one', '▪ two', '◦ three', '● four', '■ five', '► six', '– seven', '* eight', '\uF0B7 nine', '•ten'].join('\n');
    expect(normalizeBullets(input).split('\n')).toEqual(['- one', '- two', '- three', '- four', '- five', '- six', '- seven', '- eight', '- nine', '- ten']);
  });

  it('leaves Markdown emphasis and mid-line dashes alone', () => {
    expect(normalizeText('**Bold** title\n2019 – 2023\nx * y')).toBe('**Bold** title\n2019 – 2023\nx * y');
  });

  it('joins a bullet glyph left alone on its line with the next line', () => {
    expect(normalizeText('•\nLed the audit\n●\nCut costs')).toBe('- Led the audit\n- Cut costs');
  });

  it('collapses whitespace, unifies line breaks and drops invisible characters', () => {
    const input = '  Jane\u00A0\u00A0Doe \t \r\n\r\n\r\n\r\nStaff\u200B Engineer\u2028Remote\u0007  ';
    expect(normalizeText(input)).toBe('Jane Doe\n\nStaff Engineer\nRemote');
  });
});

describe('normalizePastedText', () => {
  it('normalises like extracted text', () => {
    expect(normalizePastedText('• Led ﬁnance\r\n• Cut costs')).toBe('- Led finance\n- Cut costs');
  });

  it('refuses text over the character cap with advice', () => {
    const err = (() => {
      try {
        normalizePastedText('a'.repeat(101), { maxCharacters: 100 });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('document_too_large');
    expect((err as AppError).message).toMatch(/101 characters; the limit is 100.*Trim/);
  });

  it('refuses blank text', () => {
    expect(() => normalizePastedText(' \n\u200B ')).toThrow(/empty/);
  });
});

describe('sanitizeFilename', () => {
  it('keeps only the last path segment', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFilename('C:\\Users\\me\\cv.pdf')).toBe('cv.pdf');
  });

  it('drops control and bidi characters and replaces reserved ones', () => {
    expect(sanitizeFilename('cv\u0000\u202Efdp.exe')).toBe('cvfdp.exe');
    expect(sanitizeFilename('my:cv?<1>.pdf')).toBe('my_cv__1_.pdf');
    expect(sanitizeFilename('line\nbreak.txt')).toBe('linebreak.txt');
  });

  it('strips leading dots and falls back to "document" when nothing is left', () => {
    expect(sanitizeFilename('..hidden.md')).toBe('hidden.md');
    expect(sanitizeFilename('../..')).toBe('document');
    expect(sanitizeFilename('')).toBe('document');
  });

  it('caps the length, keeping the extension', () => {
    const out = sanitizeFilename(`${'é'.repeat(300)}.docx`);
    expect(Array.from(out)).toHaveLength(120);
    expect(out.endsWith('é.docx')).toBe(true);
  });
});

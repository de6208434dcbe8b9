/**
 * A Word file imported on My stories, through the real extractor (mammoth in
 * the worker) and the service: one story per "Heading 1"/"Heading 2"
 * paragraph, the document title making none; and a Word resume loses its
 * contact line, summary and skills but keeps each role's achievements.
 */
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../fixtures/documents/zip.js';
import { useWorkHistoryService } from './service-fixture.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A paragraph: `[1, 'Title']` is a Heading 1, a plain string is body text. */
type Para = string | [1 | 2, string];

function paragraphXml(p: Para): string {
  if (typeof p === 'string') return `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`;
  return `<w:p><w:pPr><w:pStyle w:val="Heading${p[0]}"/></w:pPr><w:r><w:t>${esc(p[1])}</w:t></w:r></w:p>`;
}

/** A minimal DOCX whose headings use Word's built-in "heading 1"/"heading 2" styles. */
function makeHeadedDocx(paras: Para[]): Buffer {
  const style = (n: number): string => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`;
  const xml = (s: string): Buffer => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${s}`);
  return zipFiles([
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
      ),
    },
    { name: '_rels/.rels', data: xml(`<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`) },
    { name: 'word/_rels/document.xml.rels', data: xml(`<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`) },
    { name: 'word/styles.xml', data: xml(`<w:styles xmlns:w="${W}">${style(1)}${style(2)}</w:styles>`) },
    { name: 'word/document.xml', data: xml(`<w:document xmlns:w="${W}"><w:body>${paras.map(paragraphXml).join('')}</w:body></w:document>`) },
  ]);
}

const OWNER = 'owner-docx';
const service = useWorkHistoryService();

describe('importing a Word file on My stories', () => {
  it('makes one story per heading, headed by it, and none for the title', async () => {
    const bytes = makeHeadedDocx([
      [1, 'Wins at Larkfield Foods'],
      [2, 'Untangling the stock-count spreadsheets'],
      'Every store counted stock in its own spreadsheet, so head office reconciled 40 files by hand each month. I wrote one shared template and a script that merged them overnight.',
      'Month-end close went from four days to one.',
      [2, 'Standing up for the night shift'],
      'The night pickers had no say in the rota. I ran a vote, took the result to the operations director and got two fixed nights a week agreed.',
    ]);
    const { created } = await service().importFile(OWNER, { bytes, filename: 'wins.docx' });
    expect(created.map((s) => s.text)).toEqual([
      'Untangling the stock-count spreadsheets:\nEvery store counted stock in its own spreadsheet, so head office reconciled 40 files by hand each month. I wrote one shared template and a script that merged them overnight.\nMonth-end close went from four days to one.',
      'Standing up for the night shift:\nThe night pickers had no say in the rota. I ran a vote, took the result to the operations director and got two fixed nights a week agreed.',
    ]);
    const hits = await service().search(OWNER, 'rota vote night shift', 1);
    expect(hits[0]!.snippet.text).toMatch(/^Standing up for the night shift:/);
  });

  it('stores a Word resume as its roles only: no contact line, summary or skills list', async () => {
    const bytes = makeHeadedDocx([
      [1, 'Tomasz Wójcik'],
      'tomasz.wojcik@example.org · +48 601 234 567 · Kraków',
      [2, 'Summary'],
      'Warehouse operations lead who likes tidy data and calm night shifts.',
      [2, 'Operations Lead — Larkfield Foods (2019–2024)'],
      '• Cut picking errors by 31% by relabelling the slow-moving aisles',
      '• Trained 14 new pickers a season with a one-page buddy checklist',
      [2, 'Skills'],
      'SAP EWM, Excel, Power BI, forklift licence, Polish, English',
    ]);
    const { created } = await service().importFile(OWNER, { bytes, filename: 'cv.docx' });
    expect(created.map((s) => s.text)).toEqual([
      'Operations Lead — Larkfield Foods (2019–2024):\nCut picking errors by 31% by relabelling the slow-moving aisles\nTrained 14 new pickers a season with a one-page buddy checklist',
    ]);
  });
});

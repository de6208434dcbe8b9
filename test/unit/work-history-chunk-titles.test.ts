/**
 * Plain text cut into stories the way a reader would (issue #5): a short title
 * line standing alone heads its story, as a Markdown heading does — in pasted
 * notes (after a blank line) and in a PDF's text (no blank lines: after a
 * finished sentence) — while a resume's short lines, a date line and a line
 * wrapped mid-sentence stay body text; and a chunk never starts with another
 * section's last sentence. All text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chunkText, DEFAULT_CHUNK, splitSentences } from '../../src/server/services/work-history/chunk.js';
import { importSection } from '../../src/server/services/work-history/import-filter.js';
import { splitSections } from '../../src/server/services/work-history/markdown.js';
import { wordCount } from '../../src/server/text/tokens.js';

const STORIES = [
  ['Rescuing the spring plant sale', 'Two days before our spring plant sale the greenhouse heater failed. I borrowed two heaters from a neighbouring allotment and slept in the office to check them every three hours. We lost eleven trays out of two hundred.'],
  ['The volunteer rota that finally worked', 'Volunteers kept missing shifts because the rota lived in one person’s notebook. I moved it to a shared sheet with a reminder text the evening before. No-shows fell from six a month to one.'],
  ['Learning bookkeeping at forty', 'When our treasurer moved away I took an evening course in bookkeeping. Within a term I was closing the monthly accounts on my own, and the auditor signed them off without a single query.'],
] as const;

/** Pasted notes: a title on its own line, its story under it, a blank line between stories. */
const PASTED = ['Garden centre notes', '', ...STORIES.flatMap(([title, body]) => [title, body, ''])].join('\n');
/** The same notes as a PDF's text: no blank lines, and the story's lines wrapped where the page ended. */
const PDF_TEXT = ['Garden centre notes', ...STORIES.flatMap(([title, body]) => [title, ...wrap(body, 70)])].join('\n');

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const last = out.length ? out[out.length - 1]! : null;
    if (last !== null && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

describe('a title line in plain text', () => {
  it('heads its story, as a Markdown heading does, and the document title makes no story', () => {
    const expected = STORIES.map(([title, body]) => `${title}:\n${body}`);
    expect(chunkText(PASTED)).toEqual(expected);
    const markdown = `# Garden centre notes\n\n${STORIES.map(([t, b]) => `## ${t}\n\n${b}`).join('\n\n')}`;
    expect(chunkText(markdown)).toEqual(expected);
  });

  it('is found in a PDF’s text after a finished sentence, and the wrapped lines stay one story', () => {
    const chunks = chunkText(PDF_TEXT);
    expect(chunks.map(oneLine)).toEqual(chunkText(PASTED).map(oneLine));
    // Before: the title ran into the story above it ("…two hundred. The volunteer rota…").
    for (const c of chunks) expect(c.split('\n').filter((l) => STORIES.some(([t]) => l.startsWith(t)))).toHaveLength(1);
  });

  it('also follows a blank line after it, and an ALL-CAPS title after a finished sentence', () => {
    const text = 'Fixing the till in a rush\n\nThe card reader died on a Saturday. I switched to the phone reader.\nSUMMER FAIR\nWe raised £2,400 in one afternoon with twelve stalls.';
    expect(chunkText(text)).toEqual([
      'Fixing the till in a rush:\nThe card reader died on a Saturday. I switched to the phone reader.',
      'Summer fair:\nWe raised £2,400 in one afternoon with twelve stalls.',
    ]);
  });
});

describe('short lines that are not titles', () => {
  it('leaves a line wrapped mid-sentence, a dangling line and a STAR label’s text in the story', () => {
    const cases = [
      'We had three weeks left\nand no budget for temporary staff.',
      'I called the supplier.\nThen I drove to the depot with\nMarta, who knew the manager there.',
      'The order was late.\nResult\nWe shipped on time',
      'I rebuilt the stock sheet.\n\nIt took a week and saved an hour a day.',
    ];
    for (const text of cases) expect(splitSections(text).map((s) => s.heading)).toEqual([null]);
  });

  it('keeps a resume’s section names, bullets, role and date lines out of the titles', () => {
    const resume = [
      'Jordan Pike',
      'jordan.pike@example.org | 07700 900456',
      '',
      'Experience',
      'Shift Manager, Greenway Garden Centre, 2019 - 2024',
      'March 2019 - present',
      '- Cut plant losses by 30% with a watering log',
      '- Trained six weekend staff',
      '',
      'Skills',
      'Tills, stock control, first aid, forklift',
    ].join('\n');
    expect(splitSections(resume).map((s) => s.heading)).toEqual([null]);
    expect(chunkText(resume, DEFAULT_CHUNK, importSection)).toEqual([
      'Jordan Pike\n\nShift Manager, Greenway Garden Centre, 2019 - 2024\nMarch 2019 - present\nCut plant losses by 30% with a watering log\nTrained six weekend staff',
    ]);
  });

  it('drops a profile section named by a title line whole, as with a Markdown heading', () => {
    const text = 'Professional Summary\nFriendly manager who loves plants and spreadsheets.\n\nOpening the second shop\nI found the site, hired four staff and opened in ten weeks.';
    expect(chunkText(text, DEFAULT_CHUNK, importSection)).toEqual(['Opening the second shop:\nI found the site, hired four staff and opened in ten weeks.']);
  });
});

describe('the overlap between chunks', () => {
  it('never carries a sentence across a title into the next story', () => {
    const long = (n: number): string =>
      Array.from({ length: 14 }, (_, i) => `In week ${i + 1} of project ${n} I checked the watering log with the team and fixed ${i + 2} gaps.`).join(' ');
    const titles = ['Watering log for the glasshouse', 'Watering log for the outdoor beds', 'Watering log for the shop floor'];
    const text = titles.map((t, n) => `${t}\n${long(n + 1)}`).join('\n\n');
    const chunks = chunkText(text);
    expect(chunks.length).toBeGreaterThan(titles.length);
    for (const c of chunks) expect(wordCount(c)).toBeLessThanOrEqual(DEFAULT_CHUNK.maxWords);
    for (const [i, c] of chunks.entries()) {
      const story = titles.findIndex((t) => c.startsWith(`${t}:\n`));
      expect(story).toBeGreaterThanOrEqual(0);
      // Every sentence of the chunk belongs to its own story (project n+1), none to the one before.
      for (const s of splitSentences(oneLine(c.slice(titles[story]!.length + 2)))) expect(s, `chunk ${i}`).toContain(`of project ${story + 1} `);
    }
  });
});

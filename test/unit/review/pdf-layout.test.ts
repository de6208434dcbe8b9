/**
 * The PDF study guide's layout, read back from the PDF itself (positions in
 * points): table rules clear the text above and below them, a heading or a
 * label ("Strengths") is never left alone at the foot of a page, no page is
 * left empty — and what the guide calls a strength.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import type { Feedback } from '../../../src/shared/domain.js';
import { renderPdf } from '../../../src/server/services/review/export-pdf.js';
import type { Block } from '../../../src/server/services/review/guide/blocks.js';
import { strengthsLabel } from '../../../src/server/services/review/guide/sections.js';
import { DEFAULT_FONT_DIR } from '../../../src/server/services/review/pdf/fonts.js';
import { layoutOf, pageOf, type LaidOutPage } from './pdf-pages.js';

/** DejaVu Sans's ascent and descent (em fractions): how far glyphs reach above and below the baseline. */
const face = fontkit.create(readFileSync(path.join(DEFAULT_FONT_DIR, 'DejaVuSans.ttf')));
const ASCENT = face.ascent / face.unitsPerEm;
const DESCENT = -face.descent / face.unitsPerEm;
/** The least clear space, in points, between a rule and the glyphs of the text around it. */
const CLEARANCE = 1;

/** `n` lines of body text (explicit newlines are kept as lines). */
const filler = (n: number): Block => ({ kind: 'paragraph', text: Array.from({ length: n }, (_, i) => `Filler line ${i + 1}.`).join('\n') });

/** Each filler height from a little under one page to a little over: whatever follows lands at every point near the foot. */
const FILLERS = Array.from({ length: 16 }, (_, i) => 40 + i);

async function render(blocks: Block[]): Promise<LaidOutPage[]> {
  return layoutOf((await renderPdf(blocks, 'Layout test')).bytes);
}

/** "rule at 412.3 cuts 'gypsy jumping…' (baseline 415.1)" for every rule that runs through text beside it. */
function collisions(pages: LaidOutPage[]): string[] {
  const out: string[] = [];
  pages.forEach((page, p) => {
    for (const rule of page.rules) {
      for (const line of page.lines) {
        if (line.x1 < rule.x0 || line.x0 > rule.x1) continue;
        const bottom = line.y - DESCENT * line.size;
        const top = line.y + ASCENT * line.size;
        if (rule.y > bottom - CLEARANCE && rule.y < top + CLEARANCE) out.push(`page ${p + 1}: rule at ${rule.y} cuts '${line.text.slice(0, 40)}' (baseline ${line.y})`);
      }
    }
  });
  return out;
}

describe('PDF table rules', () => {
  it('sit clear of the descenders of the row above and of the row below', async () => {
    // Descenders (g, j, p, q, y) in every line of every cell, in rows of one, two and five lines.
    const why = (n: number): string => Array.from({ length: n }, () => 'Say plainly why: gypsy jumping quickly; happy party, query played.').join(' ');
    const rows = [1, 2, 5, 1].map((n, i) => ({ label: `Typography ${i + 1}`, score: `${i + 1}/5`, detail: why(n) }));
    const pages = await render([{ kind: 'heading', level: 1, text: 'Study guide' }, { kind: 'scores', rows }, { kind: 'paragraph', text: 'Jumpy text just under the table.' }]);
    // A header rule and one rule per row: the check below has rules to look at.
    expect(pages[0]!.rules).toHaveLength(rows.length + 1);
    expect(collisions(pages)).toEqual([]);
  });
});

describe('PDF keeps what introduces something with it', () => {
  const rows = [
    { label: 'FIRST-ROW', score: '3/5', detail: 'End with the result: what changed because of your actions. '.repeat(3) },
    { label: 'Second row', score: '2/5', detail: 'Name the system.' },
  ];

  it('never leaves a table header at the foot of a page without the first row', async () => {
    for (const n of FILLERS) {
      const pages = await render([filler(n), { kind: 'paragraph', text: 'The summary of the attempt.' }, { kind: 'scores', rows }]);
      expect(pageOf(pages, 'Dimension'), `${n} lines of filler`).toBe(pageOf(pages, 'FIRST-ROW'));
    }
  });

  it('keeps a question heading, its category line and its attempt heading with the first lines of the answer', async () => {
    const question: Block[] = [
      { kind: 'heading', level: 3, text: 'Q7. QUESTION-HEADING: tell me about a time you led a group of people toward a goal they were unsure about, and what came of it.' },
      { kind: 'paragraph', tone: 'muted', keepWithNext: true, text: 'Behavioural · Leadership · Why it is asked: the job description asks for this directly.' },
      { kind: 'heading', level: 4, text: 'Attempt 1 of 1 · 2025-03-01 · 3.2/5' },
      { kind: 'quote', text: `ANSWER-START ${'We had an outage once and the team fixed it. '.repeat(12)}` },
    ];
    for (const n of FILLERS) {
      const pages = await render([filler(n), ...question]);
      expect(pageOf(pages, 'QUESTION-HEADING'), `${n} lines of filler`).toBe(pageOf(pages, 'ANSWER-START'));
      expect(pageOf(pages, 'Attempt 1 of 1')).toBe(pageOf(pages, 'ANSWER-START'));
    }
  });

  it('keeps a bold label ("Strengths") with the first item of its list', async () => {
    for (const n of FILLERS) {
      const pages = await render([filler(n), { kind: 'paragraph', tone: 'strong', text: 'Strengths' }, { kind: 'list', items: [`FIRST-ITEM ${'Specificity (5/5): dense with verifiable specifics. '.repeat(3)}`] }]);
      expect(pageOf(pages, 'Strengths'), `${n} lines of filler`).toBe(pageOf(pages, 'FIRST-ITEM'));
    }
  });

  it('leaves no page empty when what must be kept together is taller than a page', async () => {
    const label: Block = { kind: 'paragraph', tone: 'strong', text: Array.from({ length: 60 }, (_, i) => `Label line ${i + 1}`).join('\n') };
    const pages = await render([label, { kind: 'paragraph', text: 'After the label.' }]);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.lines.length).toBeGreaterThan(0);
  });
});

describe('strengths in the study guide', () => {
  const dim = (key: Feedback['dimensions'][number]['key'], score: number | null): Feedback['dimensions'][number] => ({ key, score, evidence: [], advice: '' });
  const feedback = (dimensions: Feedback['dimensions']): Feedback => ({
    overall: 2.5,
    summary: '',
    dimensions,
    strengths: ['Structure (STAR+I) (3/5): “We had an outage once.”'],
    improvements: [],
    followUpQuestion: '',
    coach: { persona: 'ruthless', provider: 'builtin', model: 'builtin' },
  });

  it('are headed "Strengths" only when some part of the answer scored 4/5 or more', () => {
    expect(strengthsLabel(feedback([dim('structure', 3), dim('specificity', 2), dim('ownership', null)]))).toBe('What holds up best (no part scored 4/5 or more)');
    expect(strengthsLabel(feedback([dim('structure', 3), dim('specificity', 4)]))).toBe('Strengths');
    // Nothing scored at all (a coach that gave no scores): the coach's own list stands.
    expect(strengthsLabel(feedback([dim('structure', null)]))).toBe('Strengths');
  });
});

/**
 * Importing a Markdown or plain-text document: it is cut into stories at its
 * headings, the heading's words stay as each story's first line, a title
 * heading with no body is not a story, and no Markdown mark is stored.
 */
import { describe, expect, it } from 'vitest';
import { chunkText } from '../../../src/server/services/work-history/chunk.js';
import { cleanMarkdown, splitSections } from '../../../src/server/services/work-history/markdown.js';
import { wordCount } from '../../../src/server/text/tokens.js';

const BRAG = [
  '# Achievements 2024',
  '',
  '## January',
  'Moved the nightly invoice export off a cron box onto a queue; failed exports went from 9 a week to none.',
  '',
  '## March',
  '- Ran the **accessibility** audit of the booking form with two screen-reader users.',
  '- Fixed 23 issues; the form now passes [WCAG 2.1 AA](https://www.w3.org/TR/WCAG21/).',
  '',
  '### Summer',
  'Onboarded three new hires with a `make dev` script I wrote.',
].join('\n');

describe('chunkText on a document with headings', () => {
  it('makes one story per section, headed by its heading, and none for the title', () => {
    const chunks = chunkText(BRAG);
    expect(chunks).toEqual([
      'January:\nMoved the nightly invoice export off a cron box onto a queue; failed exports went from 9 a week to none.',
      'March:\nRan the accessibility audit of the booking form with two screen-reader users.\nFixed 23 issues; the form now passes WCAG 2.1 AA.',
      'Summer:\nOnboarded three new hires with a make dev script I wrote.',
    ]);
    for (const c of chunks) expect(c).not.toMatch(/[#*`[\]]|^- /m);
  });

  it('gives the same stories every time (so a re-import adds nothing)', () => {
    expect(chunkText(BRAG)).toEqual(chunkText(`${BRAG}\n`));
  });

  it('splits on setext headings, bold-only lines, ALL-CAPS lines and horizontal rules', () => {
    const text = [
      'Billing',
      '=======',
      'I merged two billing systems into one.',
      '',
      '**Hiring**',
      'I wrote the interview rubric for platform roles.',
      '',
      'ON-CALL',
      'I halved weekend pages by deleting noisy alerts.',
      '',
      '---',
      '',
      'I also ran the book club.',
    ].join('\n');
    expect(chunkText(text)).toEqual([
      'Billing:\nI merged two billing systems into one.',
      'Hiring:\nI wrote the interview rubric for platform roles.',
      'On-call:\nI halved weekend pages by deleting noisy alerts.',
      'I also ran the book club.',
    ]);
  });

  it('keeps a story told under STAR headings together, each part name joined with its text', () => {
    const star = '## Situation\nThe release train kept slipping.\n\n## Action\nI cut the batch size in half.\n\n## Result\nWe shipped weekly again.';
    expect(chunkText(star)).toEqual(['Situation: The release train kept slipping.\n\nAction: I cut the batch size in half.\n\nResult: We shipped weekly again.']);
  });

  it('joins a STAR part name on a line of its own (a Word paragraph, a bold line) with the text after it', () => {
    const text = '## Rescuing the Q3 launch\nSituation\n\nThe launch date was two weeks away and QA had 40 open bugs.\n**Action:**\n- I triaged every bug with the product lead.\nResult:\nWe launched on the day with no severity-one bugs.';
    expect(chunkText(text)).toEqual([
      'Rescuing the Q3 launch:\nSituation: The launch date was two weeks away and QA had 40 open bugs.\nAction: I triaged every bug with the product lead.\nResult: We launched on the day with no severity-one bugs.',
    ]);
  });

  it('cuts a long section by size and heads every piece with the heading', () => {
    const body = Array.from({ length: 30 }, (_, i) => `In sprint ${i} I paired with a junior engineer on the payments queue and we removed ${i} flaky tests.`).join(' ');
    const chunks = chunkText(`# Notes\n\n## Mentoring\n${body}`);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      expect(c.startsWith('Mentoring:\n')).toBe(true);
      expect(wordCount(c)).toBeLessThanOrEqual(180);
    }
  });

  it('keeps the words of a document that is only a heading', () => {
    expect(chunkText('# Led the data-centre exit')).toEqual(['Led the data-centre exit']);
  });

  it('leaves plain prose and a plain paragraph split alone', () => {
    const prose = 'I led the move to Kafka.\n\nIt took a quarter and saved 2 engineers of toil.';
    expect(chunkText(prose)).toEqual([prose]);
    expect(splitSections(prose)).toHaveLength(1);
  });
});

describe('cleanMarkdown', () => {
  it('removes marks and keeps the words', () => {
    expect(cleanMarkdown('> * __Cut__ the *AWS* bill by ~~30%~~ 38% \\# see <https://example.org> ![chart](c.png)')).toBe(
      'Cut the AWS bill by 30% 38% # see https://example.org chart',
    );
    expect(cleanMarkdown('1. Wrote [the RFC][rfc]\n[rfc]: https://example.org/rfc\n- [x] shipped it')).toBe('Wrote the RFC\nshipped it');
    expect(cleanMarkdown('| Year | Win |\n|---|---|\n| 2023 | SSO |')).toBe('Year · Win\n2023 · SSO');
  });

  it('does not touch what only looks like Markdown', () => {
    const text = 'The user_id column and 2*3*4 cells, C++ and a -5% dip; costs < $5 * 2.';
    expect(cleanMarkdown(text)).toBe(text);
  });
});

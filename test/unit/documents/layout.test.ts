import { describe, expect, it } from 'vitest';
import { pageToLines, type PositionedText } from '../../../src/server/documents/layout.js';
import { removePageMargins } from '../../../src/server/documents/margins.js';

/** A text item at (x, y), 10 pt, ~5 pt per character. */
const item = (str: string, x: number, y: number): PositionedText => ({ str, x, y, width: str.length * 5, height: 10 });

describe('pageToLines', () => {
  it('orders rows top to bottom and items left to right, with spaces at gaps', () => {
    const lines = pageToLines([item('world', 90, 700), item('Hello', 50, 700), item('Second', 50, 685), item(' ', 75, 700)]);
    expect(lines).toEqual(['Hello world', 'Second']);
  });

  it('joins fragments of one word that touch', () => {
    expect(pageToLines([item('Kuber', 50, 700), item('netes', 75, 700)])).toEqual(['Kubernetes']);
  });

  it('reads two columns left then right, with a full-width title first', () => {
    const items = [item('Morgan Ellis — Data Engineer, Lisbon, open to remote roles in Europe', 50, 760)];
    const left = ['Skills', 'SQL', 'Python', 'dbt', 'Airflow'];
    const right = ['Experience at Quayside Analytics', 'Built the nightly warehouse load', 'Cut query costs by a third', 'Mentored two junior analysts'];
    left.forEach((s, i) => items.push(item(s, 50, 720 - i * 14)));
    right.forEach((s, i) => items.push(item(s, 300, 716 - i * 15)));
    expect(pageToLines(items)).toEqual([items[0]!.str, ...left, '', ...right]);
  });

  it('flushes both columns at a full-width section heading in the middle', () => {
    const items: PositionedText[] = [];
    const row = (l: string, r: string, y: number) => items.push(item(l, 50, y), item(r, 300, y));
    row('Left A1 text here', 'Right B1 text here', 700);
    row('Left A2 text here', 'Right B2 text here', 685);
    row('Left A3 text here', 'Right B3 text here', 670);
    items.push(item('A heading that runs right across the whole page width, both columns', 50, 650));
    row('Left C1 text here', 'Right D1 text here', 630);
    expect(pageToLines(items)).toEqual([
      'Left A1 text here', 'Left A2 text here', 'Left A3 text here', '',
      'Right B1 text here', 'Right B2 text here', 'Right B3 text here',
      'A heading that runs right across the whole page width, both columns',
      'Left C1 text here', '', 'Right D1 text here',
    ]);
  });

  it('keeps right-aligned dates on the row of their job title (not a column)', () => {
    const items = [
      item('Senior Engineer, Acme', 50, 700), item('2020 – 2024', 480, 700),
      item('Engineer, Globex', 50, 685), item('2017 – 2020', 480, 685),
      item('Intern, Initech', 50, 670), item('2016 – 2017', 480, 670),
      item('Volunteer, Code Club', 50, 655), item('2015 – 2016', 480, 655),
    ];
    expect(pageToLines(items)).toEqual([
      'Senior Engineer, Acme 2020 – 2024', 'Engineer, Globex 2017 – 2020', 'Intern, Initech 2016 – 2017', 'Volunteer, Code Club 2015 – 2016',
    ]);
  });

  it('does not split a single column of prose, and rejoins its wrapped lines', () => {
    const prose = ['Led the migration of billing to a new', 'provider and wrote the runbook used', 'by the on-call rota for two years', 'afterwards, reducing incidents sharply'];
    expect(pageToLines(prose.map((s, i) => item(s, 50, 700 - i * 14)))).toEqual([prose.join(' ')]);
  });

  it('rejoins a wrapped bullet but not the next bullet, a capitalised line or a far-away line', () => {
    const rows = [
      '- Rebuilt the tracking pipeline so status lag fell', // fills the block
      'from nine minutes to forty seconds',
      '- Cut cloud spend by a third after moving batch jobs',
      'Harbor Lane Bank, Backend Engineer from 2016 to 2020',
      'and more text that is far below',
    ];
    const items = rows.map((s, i) => item(s, 50, 700 - i * 14 - (i === 4 ? 40 : 0)));
    expect(pageToLines(items)).toEqual([`${rows[0]} ${rows[1]}`, rows[2], rows[3], rows[4]]);
  });

  it('leaves a line-end hyphen for normalisation to resolve', () => {
    const rows = ['Improved the release process and its manage-', 'ment across four product teams'];
    expect(pageToLines(rows.map((s, i) => item(s, 50, 700 - i * 14)))).toEqual([rows.join('\n')]);
  });
});

describe('removePageMargins', () => {
  it('removes "Page n of N" footers and a numbered running header on every page', () => {
    const pages = [1, 2, 3].map((n) => [`Kim Lee — page ${n}`, `Content ${n}a`, `Content ${n}b`, `Page ${n} of 3`]);
    expect(removePageMargins(pages)).toEqual([1, 2, 3].map((n) => [`Content ${n}a`, `Content ${n}b`]));
  });

  it('keeps the first copy of an identical running header (often the name)', () => {
    const pages = [
      ['Kim Lee · kim@example.com', 'Led the audit', '1'],
      ['Kim Lee · kim@example.com', 'Ran the on-call rota', '2'],
    ];
    expect(removePageMargins(pages)).toEqual([['Kim Lee · kim@example.com', 'Led the audit'], ['Ran the on-call rota']]);
  });

  it('removes a lone page number even on a single page, but keeps a year', () => {
    expect(removePageMargins([['Title', 'Body', '- 1 -']])).toEqual([['Title', 'Body']]);
    expect(removePageMargins([['Title', 'Graduated', '2019']])).toEqual([['Title', 'Graduated', '2019']]);
  });

  it('leaves content that repeats only in the middle of pages', () => {
    const pages = [1, 2, 3].map((n) => [`Top ${n}x`, `Second ${n}x`, 'Responsibilities', `Body ${n}x`, `End ${n}x`, `Last ${n}x`]);
    expect(removePageMargins(pages)).toEqual(pages);
  });
});

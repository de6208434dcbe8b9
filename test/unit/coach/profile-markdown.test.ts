import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { stripMarkdown } from '../../../src/server/coach/builtin/profile/normalize.js';
import { generateQuestions } from '../../../src/server/coach/builtin/questions.js';

/** A JD pasted from a Markdown editor: heading marks, bold labels, a link, a table. */
const markdownJd = `# Senior Data Engineer — Payments (Quillmark Bank)

We're hiring a **Senior Data Engineer** to own our settlement data.

## What you'll do
- **Own** the nightly settlement pipeline in Airflow and dbt.
- Partner with finance on the [reconciliation dashboard](https://example.org/recon).
- Mentor two junior engineers.

## Requirements
- __6+ years__ of data engineering experience.
- **Strong SQL** and Python.
- Experience with \`Snowflake\` or BigQuery.

### Nice to have
* Experience with Kafka is a plus.
`;

/** A resume written in Markdown. */
const markdownResume = `# Tomasz Wilk
tomasz.wilk@example.net

## Summary
Data engineer with 8 years of experience in analytics platforms.

## Experience
### **Data Engineer** | Brightwell Insurance | 2019 – Present
- Rebuilt the claims warehouse in **Snowflake**, cutting report time from 40 minutes to 6.
- Wrote the dbt style guide used by 12 analysts.

## Skills
Python, SQL, Snowflake, dbt, Airflow
`;

const MARKUP = /(^|\s)#{1,6}\s|\*\*|__|`|\\#|\]\(/;

describe('Markdown decoration never reaches what the coach reads', () => {
  it('strips heading marks, emphasis, code, links and escapes from one line', () => {
    expect(stripMarkdown('# Staff Engineer')).toBe('Staff Engineer');
    expect(stripMarkdown('## Requirements ##')).toBe('Requirements');
    expect(stripMarkdown('**Bold** and __also__ and *soft* and `code`')).toBe('Bold and also and soft and code');
    expect(stripMarkdown('See [the docs](https://x.example/a) now')).toBe('See the docs now');
    expect(stripMarkdown('\\# not a heading')).toBe('# not a heading');
    // Literal "#" and underscores inside words stay.
    expect(stripMarkdown('C# and F#, #1 in sales, snake_case_name')).toBe('C# and F#, #1 in sales, snake_case_name');
  });

  it('reads title, company, responsibilities and requirements without markup', () => {
    const { job } = buildProfile(null, markdownJd);
    expect(job.title).toBe('Senior Data Engineer');
    expect(job.company).toBe('Quillmark Bank');
    expect(job.responsibilities).toContain('Own the nightly settlement pipeline in Airflow and dbt.');
    expect(job.responsibilities).toContain('Partner with finance on the reconciliation dashboard.');
    expect(job.requirements.map((r) => r.text)).toEqual(
      expect.arrayContaining(['6+ years of data engineering experience.', 'Strong SQL and Python.', 'Experience with Snowflake or BigQuery.']),
    );
    expect(job.requirements.find((r) => r.text.includes('Kafka'))?.required).toBe(false);
    for (const text of [job.title, job.company, ...job.responsibilities, ...job.requirements.map((r) => r.text)]) expect(text).not.toMatch(MARKUP);
  });

  it('reads a Markdown resume: name, role and lines without markup', () => {
    const p = buildProfile(markdownResume, markdownJd);
    expect(p.candidateName).toBe('Tomasz Wilk');
    expect(p.resume.roles[0]).toMatchObject({ title: 'Data Engineer', employer: 'Brightwell Insurance' });
    expect(p.resume.roles[0]!.lines).toContain('Rebuilt the claims warehouse in Snowflake, cutting report time from 40 minutes to 6.');
    for (const g of p.gaps) for (const e of [g.requirement, ...g.evidence]) expect(e).not.toMatch(MARKUP);
  });

  it('generates questions with no heading marks or emphasis', () => {
    const profile = buildProfile(markdownResume, markdownJd);
    const qs = generateQuestions({ profile, persona: 'helpful', questionType: 'mixed', difficulty: 'medium', count: 30, existing: [], snippets: [] });
    expect(qs.some((q) => q.text.includes('Senior Data Engineer'))).toBe(true);
    for (const q of qs) {
      expect(q.text).not.toMatch(MARKUP);
      expect(q.source.text).not.toMatch(MARKUP);
    }
  });
});

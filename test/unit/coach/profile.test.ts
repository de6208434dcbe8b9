import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { Profile } from '../../../src/shared/domain.js';
import { backendJd, marketingJd, productJd } from './fixtures/jobs.js';
import { classicResume, datesBelowResume, docxTableResume, marketingResume, paragraphResume, pdfArtefactResume } from './fixtures/resumes.js';

const roleSummary = (text: string): string[] => buildProfile(text, null).resume.roles.map((r) => `${r.title} @ ${r.employer} (${r.dates})`);

describe('buildProfile — resumes of different shapes', () => {
  it('reads classic one-line role headers with • bullets', () => {
    const p = buildProfile(classicResume, null);
    expect(p.candidateName).toBe('Maya Okafor');
    expect(roleSummary(classicResume)).toEqual(['Senior Software Engineer @ Lumen Freight (Mar 2021 – Present)', 'Software Engineer @ Parcelwise (Jun 2017 – Feb 2021)']);
    expect(p.resume.roles[0]!.lines).toContain('Led the move to event sourcing for the shipment ledger, cutting reconciliation errors by 38%');
    expect(p.resume.tools).toEqual(expect.arrayContaining(['typescript', 'kafka', 'postgresql', 'kubernetes']));
    expect(p.resume.skills).toEqual(expect.arrayContaining(['system design', 'mentoring']));
    expect(p.resume.achievements).toContain('Mentored 4 engineers; two were promoted within a year');
    // The education line carries only years: not an achievement, not a role.
    expect(p.resume.achievements.some((a) => a.includes('University of Leeds'))).toBe(false);
  });

  it('reads title / employer / dates on separate lines and upper-case names', () => {
    const p = buildProfile(datesBelowResume, null);
    expect(p.candidateName).toBe('Daniel Reyes');
    expect(roleSummary(datesBelowResume)).toEqual(['Senior Product Manager @ Brightlane Health (January 2020 - Present)', 'Product Manager @ Orbital Books (2016 - 2019)']);
    expect(p.resume.achievements).toContain('Launched the subscription tier that reached $1.2M ARR in its first year');
  });

  it('repairs PDF artefacts: ligatures, hyphenation, page furniture and repeated headers', () => {
    const p = buildProfile(pdfArtefactResume, null);
    expect(p.candidateName).toBe('Priya Natarajan');
    const lines = p.resume.roles.flatMap((r) => r.lines);
    expect(lines).toContain('Cut the nightly batch from 6 hours to 50 minutes by partitioning tables and moving transforms into dbt');
    expect(lines.some((l) => l.includes('Airflow pipelines') && l.includes('Snowflake'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/Page \d|ﬁ|ﬂ|Natarajan/);
    expect(roleSummary(pdfArtefactResume)).toEqual(['Data Engineer @ Kestrel Analytics (Aug 2019 – present)', 'Junior Data Analyst @ Fenwick Retail (2017 – 2019)']);
    // The bullet after the page break still belongs to the first role.
    expect(p.resume.roles[0]!.lines).toContain('Partnered with finance to build the revenue model used in board reporting');
    expect(p.resume.tools).toEqual(expect.arrayContaining(['airflow', 'dbt', 'snowflake', 'python']));
  });

  it('reads DOCX table rows (tab-separated cells)', () => {
    const p = buildProfile(docxTableResume, null);
    expect(roleSummary(docxTableResume)).toEqual(['Firmware Engineer @ Acme Robotics (2018 – 2022)', 'Embedded Intern @ Helio Labs (2017 – 2018)']);
    expect(p.resume.roles[0]!.lines).toContain('Reduced field failures by 27% with a watchdog and crash-dump upload');
    expect(p.resume.tools).toEqual(expect.arrayContaining(['c++', 'python', 'linux']));
  });

  it('copes with a paragraph resume without headings', () => {
    const p = buildProfile(paragraphResume, null);
    expect(p.candidateName).toBe('Ana Lima');
    expect(p.resume.roles.some((r) => r.employer === 'Pixelpress' && r.title === 'Frontend Developer')).toBe(true);
    expect(p.resume.tools).toContain('react');
  });

  it('reads a non-technical resume', () => {
    const p = buildProfile(marketingResume, null);
    expect(roleSummary(marketingResume)).toEqual(['Marketing Manager @ Tidewater Coffee (2020–Present)', 'Marketing Coordinator @ Harbour Books (2017–2020)']);
    expect(p.resume.achievements).toContain('Grew newsletter subscribers from 8,000 to 31,000 in 18 months');
    expect(p.resume.skills).toEqual(expect.arrayContaining(['seo', 'budgeting']));
  });
});

describe('buildProfile — job descriptions and the gap map', () => {
  it('reads title, company, seniority, responsibilities and required vs nice-to-have', () => {
    const { job } = buildProfile(null, backendJd);
    expect(job.title).toBe('Senior Backend Engineer');
    expect(job.company).toBe('Northwind Logistics');
    expect(job.seniority).toBe('senior');
    expect(job.responsibilities).toContain('Lead technical design reviews and mentor engineers');
    const graphql = job.requirements.find((r) => r.text.includes('GraphQL'))!;
    expect(graphql).toMatchObject({ required: true, skills: expect.arrayContaining(['graphql']) });
    expect(job.requirements.find((r) => r.text.startsWith('Terraform'))?.required).toBe(false);
  });

  it('reads a JD with no headings, and labelled fields', () => {
    const product = buildProfile(null, productJd).job;
    expect(product.title).toBe('Product Manager');
    expect(product.company).toBe('Cobalt Pay');
    expect(product.seniority).toMatch(/^mid/);
    expect(product.requirements.find((r) => r.text.includes('payments compliance'))?.required).toBe(false);
    expect(product.requirements.find((r) => r.text.includes('SQL'))?.required).toBe(true);
    const marketing = buildProfile(null, marketingJd).job;
    expect(marketing).toMatchObject({ title: 'Head of Marketing', company: 'Fernway Outdoor' });
  });

  it('maps requirements to resume evidence, and flags what the resume lacks', () => {
    const p = buildProfile(classicResume, backendJd);
    const gap = (needle: string) => p.gaps.find((g) => g.requirement.includes(needle))!;
    expect(gap('Kafka')).toMatchObject({ covered: true });
    expect(gap('Kafka').evidence.some((e) => e.includes('Kafka-based outbox'))).toBe(true);
    expect(gap('GraphQL')).toMatchObject({ covered: false, evidence: [] });
    expect(gap('machine learning')).toMatchObject({ covered: false, required: false });
    expect(gap('5+ years')).toMatchObject({ covered: true });
  });

  it('returns a valid, empty profile without documents and never throws on odd input', () => {
    const empty = buildProfile(null, null);
    expect(Profile.parse(empty)).toEqual(empty);
    expect(empty.resume.roles).toEqual([]);
    expect(empty.gaps).toEqual([]);
    for (const odd of ['', '\n\n•\n', '2019 – 2020', 'ﬁ'.repeat(500), 'a'.repeat(20000)]) expect(() => Profile.parse(buildProfile(odd, odd))).not.toThrow();
  });

  it('with a JD but no resume, every requirement is an open gap', () => {
    const p = buildProfile(null, backendJd);
    expect(p.gaps.length).toBe(p.job.requirements.length);
    expect(p.gaps.every((g) => !g.covered)).toBe(true);
  });
});

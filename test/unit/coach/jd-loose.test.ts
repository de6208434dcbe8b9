import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import type { Requirement } from '../../../src/shared/domain.js';

/**
 * Short job descriptions with no section headings: each separately named skill
 * is a requirement of its own, a must-have unless the text says "nice to have",
 * "a bonus", "a plus", "ideally" or "preferred"; the title comes from the head.
 */
const read = (text: string): string[] =>
  buildProfile(null, text).job.requirements.map((r: Requirement) => `${r.required ? 'must' : 'nice'}: ${r.text} [${r.skills.join(', ')}]`);

describe('job descriptions without headings', () => {
  it('reads a one-line ad: title from its head, each skill a must-have', () => {
    const job = buildProfile(null, 'Senior backend engineer, Go and PostgreSQL, remote.').job;
    expect(job).toMatchObject({ title: 'Senior backend engineer', seniority: 'senior' });
    expect(read('Senior backend engineer, Go and PostgreSQL, remote.')).toEqual(['must: Go [go]', 'must: PostgreSQL [postgresql]']);
    expect(read('Senior backend engineer, Go, remote.')).toEqual(['must: Go [go]']);
  });

  it('reads two sentences, keeping what is only a bonus as nice to have', () => {
    const text = "We're hiring a senior data analyst to join our retail team. You will need strong SQL and Tableau skills; Python is a bonus.";
    expect(buildProfile(null, text).job.title).toBe('senior data analyst');
    expect(read(text)).toEqual(['must: Strong SQL [sql]', 'must: Tableau skills [tableau]', 'nice: Python [python]']);
  });

  it('reads a bullet list without headings: skill bullets are requirements, duties are responsibilities', () => {
    const text = `Frontend Developer at Brightmoor Studio
- React and TypeScript
- Accessibility (WCAG 2.1, screen readers)
- Playwright or Cypress for end-to-end tests
- Build and ship the booking flow with our designers
- Storybook is a plus`;
    const job = buildProfile(null, text).job;
    expect(job).toMatchObject({ title: 'Frontend Developer', company: 'Brightmoor Studio' });
    expect(job.responsibilities).toEqual(['Build and ship the booking flow with our designers']);
    expect(read(text)).toEqual([
      'must: React [react]',
      'must: TypeScript [typescript]',
      'must: Accessibility (WCAG 2.1, screen readers) [accessibility]',
      // "or" asks for one of them: a single requirement.
      'must: Playwright or Cypress for end-to-end tests [cypress, playwright]',
      'nice: Storybook [storybook]',
    ]);
  });

  it('makes only the part after "ideally" optional, and ignores the work mode and place', () => {
    expect(read('Platform engineer, Kubernetes, Terraform and AWS, ideally Kafka, hybrid in Leeds.')).toEqual([
      'must: Kubernetes [kubernetes]',
      'must: Terraform [terraform]',
      'must: AWS [aws]',
      'nice: Kafka [kafka]',
    ]);
  });

  it('treats "A and B are a plus" as nice to have for both', () => {
    expect(read('Backend developer, Python and Django. Redis and Docker are a plus.')).toEqual([
      'must: Python [python]',
      'must: Django [django]',
      'nice: Redis [redis]',
      'nice: Docker [docker]',
    ]);
  });

  it('reads a stack line and a plain "we need" title, keeping tool spellings, and skips the company blurb', () => {
    const text = `Founded in 2015, Larkfield serves 400 depots across the UK and Ireland.
We need a backend developer.
Our stack: Go, PostgreSQL and gRPC.
- Kafka and Flink pipelines at scale`;
    expect(buildProfile(null, text).job.title).toBe('backend developer');
    expect(read(text)).toEqual(['must: Go [go]', 'must: PostgreSQL [postgresql]', 'must: gRPC [grpc]', 'must: Kafka [kafka]', 'must: Flink pipelines at scale [flink, scalability]']);
  });

  it('does not split a requirement with headings, nor turn a company blurb into requirements', () => {
    const text = `Data Engineer — Quillmark
About us
We run our platform on AWS and Kafka.
Requirements:
- Experience with Airflow and dbt`;
    expect(read(text)).toEqual(['must: Experience with Airflow and dbt [airflow, dbt]']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { generateQuestions } from '../../../src/server/coach/builtin/questions.js';
import type { GapEntry } from '../../../src/shared/domain.js';

/** A resume that states its own years (6) and shows events work without the words "event-driven". */
const resume = `Ines Carvalho
Platform Engineer · Porto · ines.carvalho@example.com · +351 912 345 678

SUMMARY
Platform engineer with 6 years running payment infrastructure on AWS.

EXPERIENCE
Lumio Pay — Platform Engineer (2017–present)
- Moved card-authorisation events onto RabbitMQ with idempotent consumers, ending double charges.
- Wrote the Pulumi stacks for our three AWS accounts.
- Cut deploy time from 25 minutes to 4 by caching container layers in CI.

SKILLS
Go, Python, AWS, Pulumi, RabbitMQ, Docker, Grafana
`;

const jd = `Senior Platform Engineer — Tessellate

Requirements:
- 8+ years of platform engineering experience.
- 5+ years of experience with cloud infrastructure.
- Experience with Kubernetes and infrastructure as code (Pulumi).
- Experience with Go and Rust.
- Experience with Go or Rust.
- Background in distributed systems and event-driven architecture.
`;

const profile = buildProfile(resume, jd);
const gap = (needle: string): GapEntry => profile.gaps.find((g) => g.requirement.includes(needle))!;

describe('gap map — several skills in one requirement', () => {
  it('is partly shown, not covered, when only some named skills are on the resume, and names the missing one', () => {
    const k8s = gap('Kubernetes');
    expect(k8s.covered).toBe(false);
    expect(k8s).toMatchObject({
      requirement: 'Experience with Kubernetes and infrastructure as code (Pulumi).',
      partly: 'your resume shows Pulumi but not Kubernetes',
    });
    expect(k8s.evidence.some((e) => e.includes('Pulumi stacks'))).toBe(true);
    expect(gap('Go and Rust').partly).toBe('your resume shows Go but not Rust');
  });

  it('needs only one of the skills when the requirement says "or"', () => {
    expect(gap('Go or Rust')).toMatchObject({ covered: true });
    expect(gap('Go or Rust').partly).toBeUndefined();
  });

  it('finds distributed systems and event-driven architecture through queues and idempotent consumers', () => {
    const events = gap('event-driven');
    expect(events.covered).toBe(true);
    expect(events.evidence[0]).toContain('RabbitMQ with idempotent consumers');
  });
});

describe('gap map — years', () => {
  it('is partly shown when the resume states fewer years, quoting the sentence that states them', () => {
    const eight = gap('8+ years');
    expect(eight.covered).toBe(false);
    expect(eight.partly).toBe('your resume states 6 years');
    expect(eight.evidence).toEqual(['Platform engineer with 6 years running payment infrastructure on AWS.']);
  });

  it('is covered when the stated years reach it, and never quotes the contact line', () => {
    const five = gap('5+ years');
    expect(five.covered).toBe(true);
    expect(five.evidence[0]).toBe('Platform engineer with 6 years running payment infrastructure on AWS.');
    for (const g of profile.gaps) for (const e of g.evidence) expect(e).not.toMatch(/@|\+351/);
  });

  it('falls back to the dated roles when the resume states no years', () => {
    const undated = buildProfile(resume.replace('with 6 years ', ''), jd);
    const eight = undated.gaps.find((g) => g.requirement.startsWith('8+ years'))!;
    // 2017–present spans at least 8 years from 2025 on.
    expect(eight.covered).toBe(new Date().getUTCFullYear() - 2017 >= 8);
    // The role as the resume writes it, not re-assembled.
    expect(eight.evidence[0]).toBe('Lumio Pay — Platform Engineer (2017–present)');
  });
});

describe('gap questions for partly shown requirements', () => {
  it('name what the resume shows and ask about the missing part, never "isn’t on your resume"', () => {
    const qs = generateQuestions({ profile, persona: 'helpful', questionType: 'mixed', difficulty: 'medium', count: 40, existing: [], snippets: [] });
    const k8s = qs.find((q) => q.category === 'gap' && q.text.includes('Kubernetes'));
    expect(k8s?.text).toContain('your resume shows Pulumi but not Kubernetes');
    expect(k8s?.text).not.toMatch(/isn’t on your resume|partly shown/);
    expect(k8s?.source.text).toBe('Experience with Kubernetes and infrastructure as code (Pulumi).');
  });
});

import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { generateQuestions } from '../../../src/server/coach/builtin/questions.js';
import type { GuideContext } from '../../../src/server/services/review/guide/blocks.js';
import { SECTIONS } from '../../../src/server/services/review/guide/sections.js';
import type { GapEntry, Profile } from '../../../src/shared/domain.js';

/**
 * A "Nice to have:" line inside the requirements list is optional, its label off
 * its text (the study guide adds its own), and no question says "from day one"
 * about it; a requirement is shown by other forms of its words ("idempotent
 * payment retries" for idempotency, "reconciliations" for reconciliation).
 */
const resume = `Dana Okafor
Senior Backend Engineer · Lagos · dana.okafor@example.com

EXPERIENCE
Paystream — Senior Backend Engineer (2019–present)
- Designed idempotent payment retries for card captures, ending duplicate charges.
- Rebuilt the settlement ledger so finance stopped chasing flaky reconciliations.
- Ran the PostgreSQL migration for the payouts service.

Kora Bank — Backend Engineer (2017–2019)
- Built the debit card integration with Visa and Mastercard.

SKILLS
Go, Java, PostgreSQL, Kafka, AWS
`;

const jd = `Senior Payments Engineer — Ledgerly

Requirements:
- 5+ years of backend engineering experience.
- Payment systems, idempotency and reconciliation.
- Strong Go or Java.
- Nice to have: Kubernetes, Terraform, card schemes (Visa/Mastercard)
- Bonus: Rust
- Desirable: experience with fraud detection
- Plus: gRPC
- Helm (nice to have)
- Ideally, experience with Cassandra
- Experience with GraphQL is a plus
- Snowflake preferred
- Python, ideally with Django.
- 3+ years of Go, Redis is a plus
`;

const profile = buildProfile(resume, jd);
const requirement = (needle: string) => profile.job.requirements.find((r) => r.text.includes(needle))!;
const gap = (needle: string): GapEntry => profile.gaps.find((g) => g.requirement.includes(needle))!;

const LABEL = /^(?:nice to have|bonus|desirable|plus|ideally)\b|\((?:nice to have|preferred)\)|\b(?:is a plus|preferred)\.?$/i;

describe('optional requirement lines', () => {
  it('reads "Nice to have:" inside the requirements list as optional, without its label', () => {
    expect(requirement('Kubernetes')).toMatchObject({ text: 'Kubernetes, Terraform, card schemes (Visa/Mastercard)', required: false });
    expect(gap('Kubernetes').requirement).toBe('Kubernetes, Terraform, card schemes (Visa/Mastercard)');
  });

  it('takes every optional label off and marks the line optional', () => {
    const expected: Array<[string, string]> = [
      ['Rust', 'Rust'],
      ['fraud', 'experience with fraud detection'],
      ['gRPC', 'gRPC'],
      ['Helm', 'Helm'],
      ['Cassandra', 'experience with Cassandra'],
      ['GraphQL', 'Experience with GraphQL'],
      ['Snowflake', 'Snowflake'],
    ];
    for (const [needle, text] of expected) expect(requirement(needle), needle).toMatchObject({ text, required: false });
    // The label was no skill: "desirable" is not asked for.
    expect(requirement('fraud').skills).not.toContain('desirable');
  });

  it('leaves a qualifier and a label that speaks for one part in place', () => {
    expect(requirement('Django')).toMatchObject({ text: 'Python, ideally with Django.', required: true });
    expect(requirement('Redis').text).toBe('3+ years of Go, Redis is a plus');
    expect(requirement('backend engineering')).toMatchObject({ text: '5+ years of backend engineering experience.', required: true });
  });

  it('prints each requirement once in the study guide, with one label', () => {
    const documents = SECTIONS.find((s) => s.name === 'documents')!;
    const ctx = { bundle: { documents: [{ kind: 'job_description', filename: null, characters: jd.length, pages: null }] }, profile } as unknown as GuideContext;
    const list = documents(ctx).find((b) => b.kind === 'list' && b.items.some((i) => i.includes('Kubernetes')));
    const items = list?.kind === 'list' ? list.items : [];
    expect(items).toContain('Nice to have: Kubernetes, Terraform, card schemes (Visa/Mastercard)');
    expect(items).toContain('Required: Strong Go or Java.');
    for (const item of items) expect(item.replace(/^(?:Required|Nice to have): /, ''), item).not.toMatch(LABEL);
  });
});

describe('gap questions about optional requirements', () => {
  const all = (p: Profile) => generateQuestions({ profile: p, persona: 'ruthless', questionType: 'mixed', difficulty: 'hard', count: 60, existing: [], snippets: [] });

  it('never says "from day one" about a nice-to-have, and asks how the candidate would get up to speed', () => {
    const gapQs = all(profile).filter((q) => q.category === 'gap');
    const optional = gapQs.filter((q) => profile.gaps.some((g) => !g.required && g.requirement === q.source?.text));
    expect(optional.length).toBeGreaterThan(0);
    for (const q of optional) expect(q.text).not.toMatch(/from day one/i);
    expect(optional.some((q) => /nice-to-have/.test(q.text) && /get up to speed/.test(q.text))).toBe(true);
    for (const q of gapQs) expect(q.text).not.toMatch(/“(?:Nice to have|Bonus|Desirable|Plus):/);
  });

  it('still says "from day one" about a missing must-have', () => {
    const p = buildProfile(resume, 'Payments Engineer — Ledgerly\n\nRequirements:\n- Experience with Kubernetes.\n');
    const hard = all(p).filter((q) => q.category === 'gap' && q.source?.text === 'Experience with Kubernetes.');
    expect(hard.some((q) => q.text.startsWith('We need “Experience with Kubernetes” from day one'))).toBe(true);
  });
});

describe('requirement coverage by word forms', () => {
  it('finds payment systems, idempotency and reconciliation in "idempotent payment retries" and "flaky reconciliations"', () => {
    const payments = gap('Payment systems');
    expect(payments.covered).toBe(true);
    expect(payments.evidence).toEqual([
      'Designed idempotent payment retries for card captures, ending duplicate charges.',
      'Rebuilt the settlement ledger so finance stopped chasing flaky reconciliations.',
    ]);
  });

  it('shows a lexicon skill by its other number ("payments" by "payment"), a tool only as written', () => {
    const p = buildProfile(resume, 'Payments Engineer — Ledgerly\n\nRequirements:\n- Deep knowledge of payments.\n- Excel.\n');
    expect(p.gaps.find((g) => g.requirement.includes('payments'))).toMatchObject({ covered: true });
    expect(p.gaps.find((g) => g.requirement.includes('payments'))!.evidence[0]).toContain('idempotent payment retries');
    const excel = buildProfile('Ana Ruiz\n\nEXPERIENCE\nAcme — Analyst (2020–present)\n- Excellent reviews from every client.\n', 'Analyst\n\nRequirements:\n- Excel.\n');
    expect(excel.gaps[0]).toMatchObject({ covered: false });
  });

  it('does not stretch a word to a different one', () => {
    const p = buildProfile(resume, 'Payments Engineer — Ledgerly\n\nRequirements:\n- Chargeback disputes and settlement netting.\n');
    expect(p.gaps[0]).toMatchObject({ covered: false, evidence: [] });
  });
});

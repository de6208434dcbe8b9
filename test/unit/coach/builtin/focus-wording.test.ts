/**
 * Questions from the focus box speak the field of what was typed: "in
 * production" and "advise against" only for a software subject, or a tool in a
 * software role. A pharmacist who types "GCP inspections" used to be asked about
 * a problem she hit "in production".
 */
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../../src/server/coach/builtin/profile.js';
import { generateQuestions } from '../../../../src/server/coach/builtin/questions.js';
import { focusCandidates } from '../../../../src/server/coach/builtin/questions/focus.js';
import type { Profile } from '../../../../src/shared/domain.js';
import { TRADE_ROLES } from '../../../fixtures/roles/index.js';
import { backendJd } from '../fixtures/jobs.js';
import { classicResume } from '../fixtures/resumes.js';

const SOFTWARE_WORDS = /\bin production\b|\badvise against\b/;
const role = (name: string): Profile => {
  const docs = TRADE_ROLES.find((r) => r.name.startsWith(name))!;
  return buildProfile(docs.resume, docs.jd);
};
const texts = (profile: Profile, hint: string): string[] => focusCandidates(profile, hint).map((c) => c.q.text);
const software = buildProfile(classicResume, backendJd);
const empty = buildProfile(null, null);

describe('focus questions outside software', () => {
  it('ask a pharmacist about "GCP inspections" at work, not in production', () => {
    const qs = texts(role('hospital pharmacist'), 'GCP inspections');
    expect(qs.length).toBeGreaterThanOrEqual(5);
    expect(qs.filter((q) => SOFTWARE_WORDS.test(q))).toEqual([]);
    expect(qs.some((q) => /^Tell me about a problem with .+ that you had to solve at work\. How did you find the cause/.test(q))).toBe(true);
    // …and so does the whole question set the session gets.
    const session = generateQuestions({ profile: role('hospital pharmacist'), persona: 'helpful', questionType: 'mixed', difficulty: 'hard', count: 10, existing: [], snippets: [], hint: 'GCP inspections' });
    expect(session.map((q) => q.text).filter((q) => SOFTWARE_WORDS.test(q))).toEqual([]);
  });

  it('word a tool the same way for a warehouse lead, written as the JD writes it', () => {
    const qs = texts(role('warehouse shift lead'), 'excel');
    expect(qs).toContain('Tell me about a problem with Excel that you had to solve at work. How did you find the cause, and what did you change?');
    expect(qs).toContain('Where is Excel hardest to get right in real work, and how do you handle that?');
    expect(qs.filter((q) => SOFTWARE_WORDS.test(q))).toEqual([]);
  });

  it('stay trade-neutral with no documents unless the subject is software', () => {
    expect(texts(empty, 'excel').filter((q) => SOFTWARE_WORDS.test(q))).toEqual([]);
    expect(texts(empty, 'terraform')).toContain('Tell me about a problem you hit with terraform in production. How did you find the cause, and what did you change?');
  });
});

describe('focus questions in software work', () => {
  it('keep the software wording for a software tool or a tool in a software role', () => {
    expect(texts(software, 'kubernetes')).toContain('Tell me about a problem you hit with Kubernetes in production. How did you find the cause, and what did you change?');
    expect(texts(software, 'GCP')).toContain('When would you advise against GCP? Walk me through the trade-offs against the alternative you know best.');
  });

  it('word a broad skill for any field even in a software role', () => {
    const qs = texts(software, 'budgeting');
    expect(qs.length).toBeGreaterThanOrEqual(5);
    expect(qs.filter((q) => SOFTWARE_WORDS.test(q))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from '../../../../src/server/coach/llm/evidence.js';
import { nearlyOccurs } from '../../../../src/server/coach/llm/fuzzy.js';
import { groundSource, type SourceDocs } from '../../../../src/server/coach/llm/question-source.js';

const jd = normaliseForMatch('Senior Product Designer\n- Experience operating message queues in production\n- Lead onboarding research');
const docs: SourceDocs = { resume: normaliseForMatch('Mentored 3 junior engineers'), job_description: jd, work_history: normaliseForMatch('') };

describe('nearlyOccurs', () => {
  it('allows a changed plural or a missing word in a longer phrase, not in a short one', () => {
    expect(nearlyOccurs('operating message queue in production', jd)).toBe(true);
    expect(nearlyOccurs('Experience operating queues in production', jd)).toBe(true);
    expect(nearlyOccurs('research-led design', jd)).toBe(false);
    expect(nearlyOccurs('lead design research', jd)).toBe(false);
    expect(nearlyOccurs('operating kafka clusters at scale in production', jd)).toBe(false);
  });
});

describe('groundSource', () => {
  it('keeps a source the named document holds', () => {
    expect(groundSource({ kind: 'job_description', text: ' Lead onboarding research ' }, docs)).toEqual({ kind: 'job_description', text: 'Lead onboarding research' });
  });

  it('re-files a source found in another document, and makes an unfound one generic', () => {
    expect(groundSource({ kind: 'job_description', text: 'Mentored three junior engineers' }, docs)).toEqual({ kind: 'resume', text: 'Mentored three junior engineers' });
    expect(groundSource({ kind: 'job_description', text: 'research-led design' }, docs)).toEqual({ kind: 'bank', text: '' });
  });

  it('passes bank and custom sources unchanged', () => {
    expect(groundSource({ kind: 'custom', text: 'anything' }, docs)).toEqual({ kind: 'custom', text: 'anything' });
  });
});

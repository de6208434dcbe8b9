/**
 * A job description's first line names the job and often the employer: "Learning Experience
 * Designer — Brightpath Software (Leeds / hybrid)" lost its employer to the trailing place; "Clinical
 * Nurse Educator — Riverside Hospital" had no title word, so "You will lead training for 40 nurses"
 * became the title; "St Anne's Hospital" lost its apostrophe and with it the employer (session 10).
 * Each failed before. Job descriptions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/profile.js';

const jd = (head: string): string =>
  `${head}\n\nAbout the role\nYou will lead training for 40 nurses across three wards.\n\nWhat you bring\n- 3+ years of clinical teaching\n- A nursing degree`;
const job = (head: string) => {
  const j = buildProfile(null, jd(head)).job;
  return { title: j.title, company: j.company };
};

describe('the first line of a job description', () => {
  it('keeps the employer before a trailing place or work mode', () => {
    expect(job('Learning Experience Designer — Harbourline Software (Leeds / hybrid)')).toEqual({ title: 'Learning Experience Designer', company: 'Harbourline Software' });
    expect(job('Senior Backend Engineer - Acme Corp (Remote)')).toEqual({ title: 'Senior Backend Engineer', company: 'Acme Corp' });
  });

  it('reads a trade’s title, and never a sentence addressed to the reader', () => {
    expect(job('Clinical Nurse Educator — Riverside Hospital')).toEqual({ title: 'Clinical Nurse Educator', company: 'Riverside Hospital' });
    expect(job('Sous Chef — The Anchor Inn').title).toBe('Sous Chef');
    expect(job('Welcome to our team').title ?? '').not.toMatch(/^You will/);
  });

  it('keeps an apostrophe in the employer’s name', () => {
    expect(job("Clinical Nurse Educator — St Anne's Hospital")).toEqual({ title: 'Clinical Nurse Educator', company: "St Anne's Hospital" });
  });

  it('still reads a site after the dash as no employer', () => {
    expect(job('Operations Manager – Fulfilment Center')).toEqual({ title: 'Operations Manager', company: null });
  });
});

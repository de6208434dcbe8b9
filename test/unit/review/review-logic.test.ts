/** Pure parts of the review feature: word wrapping, PDF text cleaning, file names, next steps, scoring. */
import { describe, expect, it } from 'vitest';
import type { AnswerWithFeedback, Question } from '../../../src/shared/api.js';
import type { Feedback } from '../../../src/shared/domain.js';
import { attachment, slug } from '../../../src/server/services/review/filename.js';
import { answersScored } from '../../../src/server/services/review/guide/sections.js';
import { nextSteps } from '../../../src/server/services/review/next-steps.js';
import { limitationNote, sanitize, type FontSet } from '../../../src/server/services/review/pdf/fonts.js';
import { wrapText } from '../../../src/server/services/review/pdf/wrap.js';
import { dimensionAverages, latestAttempts } from '../../../src/server/services/review/scoring.js';

const mono = (t: string): number => t.length; // one point per character

describe('wrapText', () => {
  it('fills lines greedily and never exceeds the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 10, mono);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(10);
  });
  it('breaks a word longer than the line and keeps blank lines', () => {
    expect(wrapText('abcdefghijklmnop x\n\nend', 6, mono)).toEqual(['abcdef', 'ghijkl', 'mnop x', '', 'end']);
  });
});

describe('sanitize', () => {
  const latinOnly: FontSet = { kind: 'standard', regular: null, bold: null, supports: (cp) => cp < 0x100, width: null };
  /** A Unicode font with the symbols DejaVu Sans has (♀, ☎, ©) and no emoji or Chinese. */
  const dejaVuLike: FontSet = { ...latinOnly, kind: 'unicode', supports: (cp) => cp < 0x2e80 && cp !== 0xfe0f && cp !== 0x20e3 };
  it('replaces what the font lacks with "?", drops control characters, keeps newlines', () => {
    expect(sanitize('café\tΩ\u0007\nok', latinOnly)).toEqual({ text: 'café    ?\nok', replaced: 1, emoji: 0, missing: ['Ω'] });
  });
  it('leaves emoji out whole — joiners, variation selectors and skin tones too — and closes up the space', () => {
    const r = sanitize('ok 🙂 so 🤷‍♀️ I emailed, approved in 3 weeks ✅ and errors went down 🎉 👍🏽 🇬🇧 1️⃣', dejaVuLike);
    expect(r.text).toBe('ok so I emailed, approved in 3 weeks and errors went down 1');
    expect(r).toMatchObject({ replaced: 0, emoji: 6, missing: [] }); // the keycap keeps its digit
    expect(r.text).not.toMatch(/[?♀]/);
  });
  it('keeps symbols typed as text that the font draws, and names the characters it cannot', () => {
    expect(sanitize('© 2024 ☎ desk, 我负责', dejaVuLike)).toEqual({ text: '© 2024 ☎ desk, ???', replaced: 3, emoji: 0, missing: ['我', '负', '责'] });
  });
});

describe('the PDF note', () => {
  const unicode: FontSet = { kind: 'unicode', regular: null, bold: null, supports: () => true, width: null };
  it('is there only when something was left out, and says what', () => {
    expect(limitationNote(unicode, { replaced: 0, emoji: 0, missing: [] })).toBeNull();
    expect(limitationNote(unicode, { replaced: 0, emoji: 4, missing: [] })).toBe('Emoji were left out of this PDF. The Markdown and JSON exports keep the full text.');
    const both = limitationNote(unicode, { replaced: 4, emoji: 1, missing: ['我', '负', '한', '☃'] })!;
    // The script is named (the characters themselves are what the font cannot draw); anything else by code point.
    expect(both).toBe(
      'Emoji were left out of this PDF; characters the embedded font (DejaVu Sans) cannot draw are shown as "?" (Chinese or Japanese (Han), Korean, U+2603). The Markdown and JSON exports keep the full text.',
    );
    // Emoji alone never blame a language.
    expect(limitationNote(unicode, { replaced: 0, emoji: 2, missing: [] })).not.toMatch(/Chinese|Japanese|Korean|\?/);
  });
});

describe('attachment names', () => {
  it('are ASCII-safe with the full name encoded', () => {
    expect(slug('Staff Eng @ Ledgerly / Q3')).toBe('staff-eng-ledgerly-q3');
    expect(slug('Συνέντευξη')).toBe('session');
    expect(attachment('a"b\r\nc', 'pdf')).toBe(`attachment; filename="interview-practice-a-b-c.pdf"; filename*=UTF-8''a%20b%20c.pdf`);
  });
});

function feedback(overall: number, scores: Partial<Record<'structure' | 'specificity' | 'result_impact', number | null>>, improvements: string[]): Feedback {
  return {
    overall,
    summary: 's',
    dimensions: Object.entries(scores).map(([key, score]) => ({ key: key as 'structure', score: score ?? null, evidence: [], advice: `advice on ${key}` })),
    strengths: [],
    improvements,
    followUpQuestion: '',
    coach: { persona: 'helpful', provider: 'builtin', model: 'm' },
  };
}

const q = (id: string, competency = 'conflict'): Question => ({
  id, position: 1, text: `Question ${id}`, category: 'behavioral', competency, rationale: '', source: { kind: 'custom', text: '' }, createdAt: '2025-01-01T00:00:00.000Z',
});
const a = (id: string, questionId: string, f: Feedback | null): AnswerWithFeedback => ({
  id, questionId, text: 'answer', source: 'text', durationSeconds: null, createdAt: '2025-01-01T00:00:00.000Z', feedback: f,
});

describe('scoring and next steps', () => {
  const questions = [q('1'), q('2', 'ownership')];
  const answers = [
    a('a', '1', feedback(1, { structure: 1, specificity: 2 }, ['Specificity: add numbers'])),
    a('b', '1', feedback(3, { structure: 3, specificity: 2, result_impact: null }, ['Specificity: add numbers', 'Ownership: say I'])),
    a('c', '2', feedback(2, { structure: 4, specificity: 1, result_impact: null }, ['Specificity: add numbers'])),
  ];
  const attempts = latestAttempts(questions, answers);

  it('uses the latest attempt and leaves null scores out of averages', () => {
    expect(attempts.map((x) => x.answer.id)).toEqual(['b', 'c']);
    expect(dimensionAverages(attempts)).toEqual([
      { key: 'structure', average: 3.5, scored: 2 },
      { key: 'specificity', average: 1.5, scored: 2 },
      { key: 'result_impact', average: null, scored: 0 },
    ]);
  });

  it('gives three distinct steps: weakest dimensions first, then a retry with advice not already covered', () => {
    const steps = nextSteps(dimensionAverages(attempts), attempts, attempts[1]!);
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^Specificity averaged 1.5\/5\..*On "Question 2" \(1\/5\): advice on specificity$/);
    expect(steps[1]).toMatch(/^Structure \(STAR\+I\) averaged 3.5\/5/);
    expect(steps[2]).toBe('Retry "Question 2" (Ownership, 2/5): Specificity: add numbers');
    expect(nextSteps(dimensionAverages(attempts), attempts, attempts[1]!)).toEqual(steps);
  });
});

describe('study guide wording', () => {
  it('counts scored answers in words, never "0 answer(s)"', () => {
    expect(answersScored(0)).toBe('no answers scored yet');
    expect(answersScored(1)).toBe('1 answer scored');
    expect(answersScored(3)).toBe('3 answers scored');
  });
});

/**
 * A remembered voice line: stored under the interviewer's question it
 * answered, with no STAR label when the whole story is one line — while a
 * real multi-sentence story keeps its labels.
 */
import { describe, expect, it } from 'vitest';
import { loadOutlineStar } from '../../../src/server/services/work-history/adapters.js';
import { formatStarOutline, withQuestion } from '../../../src/server/services/work-history/star-note.js';

const outline = await loadOutlineStar();
const note = (text: string): string => formatStarOutline(outline(text));

const LINE = 'At Tidewater I rebuilt the triage rota and first response fell from nine hours to forty minutes.';
const QUESTION = 'Tell me about a time you cut response times for customers.';

describe('one-line stories', () => {
  it('are stored as the user’s words, with no label', () => {
    expect(note(LINE)).toBe(LINE);
  });

  it('keep their labels when the story has several parts', () => {
    const story = 'Our release pipeline took forty minutes. I split the test suite across four runners. Builds dropped to eight minutes.';
    expect(note(story)).toMatch(/^Action: I split the test suite/m);
    expect(note(story).split('\n').length).toBeGreaterThan(1);
  });
});

describe('withQuestion', () => {
  it('heads the story with the question, kept as it was and unlabelled', () => {
    expect(note(withQuestion(QUESTION, LINE))).toBe(`Question: “${QUESTION}”\n${LINE}`);
  });

  it('keeps a question of several sentences whole, and labels the story under it', () => {
    const q = 'Think of a slow process. What did you change? Be specific.';
    const story = 'Our release pipeline took forty minutes. I split the test suite across four runners. Builds dropped to eight minutes.';
    const stored = note(withQuestion(q, story));
    const [first, ...rest] = stored.split('\n');
    expect(first).toBe(`Question: “${q}”`);
    expect(rest.join('\n')).toBe(note(story));
  });

  it('cannot be closed early by quotes inside the question', () => {
    const q = 'What does “done” mean to you? Give an example.';
    expect(note(withQuestion(q, LINE))).toBe(`Question: “What does "done" mean to you? Give an example.”\n${LINE}`);
  });

  it('leaves the answer alone without a question', () => {
    expect(withQuestion(null, LINE)).toBe(LINE);
    expect(withQuestion('  ', LINE)).toBe(LINE);
  });
});

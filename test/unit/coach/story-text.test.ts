/**
 * A remembered answer is stored headed by the interviewer's question (`Question: “…”`) and, without
 * an LLM, labelled Situation/Action/…: neither is the user's words. Session 10's tester saw "You
 * noted: “Question: 'This role involves…'”" and "Your story: “Question: …”". Each case failed before.
 */
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/server/coach/builtin/questions.js';
import { emptyProfile } from '../../../src/server/coach/builtin/profile.js';
import { citeStories } from '../../../src/server/coach/citations.js';
import { storyBody, userWords } from '../../../src/server/coach/story-text.js';
import { withQuestion } from '../../../src/server/services/work-history/star-note.js';

const ANSWER = 'Situation: In 2022 our Year 10 class kept failing the electricity unit.\nAction: I rebuilt the unit around six worked examples.\nResult: The pass rate went from 41% to 70%.';
const STORED = withQuestion('This role involves “Gather feedback from learners and stakeholders”. Tell me about a time you acted on feedback.', ANSWER);

describe('a remembered answer is quoted by its own words only', () => {
  it('storyBody drops the question line and keeps every line of the answer', () => {
    expect(STORED.startsWith('Question: “')).toBe(true);
    expect(storyBody(STORED)).toBe(ANSWER);
    expect(storyBody(ANSWER)).toBe(ANSWER);
  });

  it('userWords drops the outliner’s STAR labels too', () => {
    expect(userWords(STORED)).toBe('In 2022 our Year 10 class kept failing the electricity unit.\nI rebuilt the unit around six worked examples.\nThe pass rate went from 41% to 70%.');
  });

  it('a citation ("based on") shows the story, not the question', () => {
    const [cited] = citeStories(['s1'], [{ id: 's1', text: STORED }]);
    expect(cited!.excerpt).toMatch(/^In 2022 our Year 10 class/);
    expect(cited!.excerpt).not.toMatch(/Question|Situation/);
  });

  it('a question built on the story quotes the story, not the question', () => {
    const qs = generateQuestions({ profile: emptyProfile(), persona: 'helpful', questionType: 'behavioral', difficulty: 'medium', count: 10, existing: [], snippets: [{ id: 's1', text: STORED }] });
    const noted = qs.filter((q) => q.text.startsWith('You noted'));
    expect(noted.length).toBeGreaterThan(0);
    for (const q of noted) {
      expect(q.text).toMatch(/^You noted: “In 2022 our Year 10 class/);
      expect(q.text).not.toMatch(/Question:|Situation:|stakeholders/);
    }
  });
});

/**
 * Citing stories: the excerpt style shared with example answers, ids kept only
 * when they were handed to the coach, and feedback stored before `basedOn`
 * existed still parsing.
 */
import { describe, expect, it } from 'vitest';
import { citeStories, storyExcerpt } from '../../../../src/server/coach/citations.js';
import { Feedback } from '../../../../src/shared/domain.js';

const SNIPPETS = [
  { id: 'a1', text: 'Reduced the monthly AWS bill by 22% by right-sizing Postgres instances and adding read replicas across three regions.' },
  { id: 'b2', text: 'Short   story\nwith  odd spacing.' },
];

describe('storyExcerpt', () => {
  it('keeps a short story whole, whitespace collapsed', () => {
    expect(storyExcerpt(SNIPPETS[1]!.text)).toBe('Short story with odd spacing.');
  });
  it('cuts a long one on a word boundary with an ellipsis, verbatim otherwise', () => {
    const e = storyExcerpt(SNIPPETS[0]!.text);
    expect(e).toBe('Reduced the monthly AWS bill by 22% by right-sizing Postgres instances and adding read…');
    expect(SNIPPETS[0]!.text).toContain(e.slice(0, -1));
    expect(storyExcerpt(SNIPPETS[0]!.text, 30)).toBe('Reduced the monthly AWS bill…');
  });
});

describe('citeStories', () => {
  it('keeps given ids in citation order, once each, in any of the ways a coach writes them', () => {
    expect(citeStories(['b2', 'snippet:a1', '[b2]', ' a1 '], SNIPPETS).map((c) => c.snippetId)).toEqual(['b2', 'a1']);
  });
  it('drops ids that were never handed to the coach', () => {
    expect(citeStories(['zz9', 'snippet:nope', ''], SNIPPETS)).toEqual([]);
    expect(citeStories(['a1', 'a1-invented'], SNIPPETS)).toEqual([{ snippetId: 'a1', excerpt: storyExcerpt(SNIPPETS[0]!.text) }]);
  });
});

describe('Feedback.basedOn', () => {
  const stored = {
    overall: 2,
    summary: 's',
    dimensions: [],
    strengths: [],
    improvements: [],
    followUpQuestion: 'f?',
    coach: { persona: 'helpful', provider: 'builtin', model: 'builtin-rubric-v1' },
  };
  it('is optional, so feedback stored before it still parses', () => {
    const parsed = Feedback.parse(stored);
    expect(parsed.basedOn).toBeUndefined();
  });
  it('round-trips through JSON when present and rejects a malformed one', () => {
    const f = { ...stored, basedOn: [{ snippetId: 'a1', excerpt: 'Reduced the monthly AWS bill…' }] };
    expect(Feedback.parse(JSON.parse(JSON.stringify(f))).basedOn).toEqual(f.basedOn);
    expect(Feedback.safeParse({ ...stored, basedOn: ['a1'] }).success).toBe(false);
  });
});

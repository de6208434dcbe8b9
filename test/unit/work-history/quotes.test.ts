/**
 * Finding a deleted story's words where the app copied them: a shared run of
 * 25 characters (case and whitespace blind) is a quote, a shared topic is not,
 * and words the user's own answer holds are theirs; rewriting a question and a
 * stored feedback without them.
 */
import { describe, expect, it } from 'vitest';
import { normalForQuotes, storyWords } from '../../../src/server/services/work-history/quotes.js';
import { redactFeedback, redactQuoted, SUMMARY_FALLBACK } from '../../../src/server/services/work-history/redact.js';

const STORY = 'At Brightline I rightsized our EC2 fleet and moved batch jobs to spot instances, which cut the AWS bill 31% in two months.';

describe('story quotes', () => {
  const words = storyWords([STORY]);

  it('finds a run of 25 characters anywhere, whatever the case and spacing', () => {
    expect(words.quotedIn('It has a measured result (cut the AWS bill 31% in two months) — use it.')).toBe(true);
    expect(words.quotedIn('YOU NOTED: “at   brightline i rightsized\nour EC2 fleet”')).toBe(true);
    // 24 characters of it are not a quote; nor is the same topic in other words.
    expect(words.quotedIn('the aws bill 31% in two m')).toBe(true);
    expect(words.quotedIn('he aws bill 31% in two m')).toBe(false);
    expect(words.quotedIn('I reduced the AWS bill by a third on our EC2 fleet.')).toBe(false);
  });

  it('leaves words the user said themselves', () => {
    const answer = normalForQuotes('Honestly, I cut the AWS bill 31% in two months by myself.');
    expect(words.quotedIn('You said “cut the AWS bill 31% in two months”.', [answer])).toBe(false);
    expect(words.quotedIn('Your story “At Brightline I rightsized our EC2 fleet…”', [answer])).toBe(true);
  });

  it('agrees with checking every 25-character window, wherever the quote starts', () => {
    let seed = 7;
    const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const words2 = 'cut the aws bill by a third in q3 and we moved jobs to spot nodes'.split(' ');
    const prose = (n: number): string => Array.from({ length: n }, () => words2[next(words2.length)]).join(' ');
    const seen = { true: 0, false: 0 };
    for (let i = 0; i < 200; i++) {
      const story = prose(40);
      const from = next(story.length);
      const text = `${prose(5)} ${story.slice(from, from + 15 + next(30))} ${prose(5)}`;
      const flat = normalForQuotes(text);
      const brute = Array.from({ length: Math.max(0, story.length - 24) }, (_, k) => story.slice(k, k + 25)).some((w) => flat.includes(w));
      expect(storyWords([story]).quotedIn(text), `${story} | ${text}`).toBe(brute);
      seen[`${brute}`]++;
    }
    // Both answers were exercised.
    expect(Math.min(seen.true, seen.false)).toBeGreaterThan(20);
  });

  it('matches a short story only whole', () => {
    const short = storyWords(['Hired six engineers.']);
    expect(short.quotedIn('You noted: “Hired six engineers.” Tell me more.')).toBe(true);
    expect(short.quotedIn('You hired six people.')).toBe(false);
  });
});

describe('redacting copies', () => {
  const words = storyWords([STORY]);

  it('replaces the quote in a question and keeps its shape', () => {
    expect(redactQuoted('You noted: “At Brightline I rightsized our EC2 fleet and moved…” Tell me the full story.', words)).toBe(
      'You noted: “a story you have since deleted” Tell me the full story.',
    );
    expect(redactQuoted('Why did you cut the AWS bill 31% in two months?', words, 'fallback')).toBe('fallback');
    expect(redactQuoted('Tell me about a time you reduced costs.', words)).toBe('Tell me about a time you reduced costs.');
  });

  it('drops citations, lines and sentences quoting the story from feedback, and nothing else', () => {
    const body = {
      overall: 2,
      summary: 'Solid start. Use cut the AWS bill 31% in two months here.',
      dimensions: [{ key: 'result_impact', score: 2, evidence: ['it went well'], advice: 'Measure the result.' }],
      strengths: ['Clear.'],
      improvements: ['Name the system.', 'Your story “At Brightline I rightsized our EC2 fleet…” has a measured result.'],
      followUpQuestion: 'How did the spot instances, which cut the AWS bill, behave?',
      basedOn: [{ snippetId: 's1', excerpt: 'At Brightline…' }, { snippetId: 's2', excerpt: 'Other' }],
    };
    const changed = redactFeedback(body, { words, kept: [], isDeleted: (id) => id === 's1' });
    expect(changed).toBe(true);
    expect(body).toEqual({
      overall: 2,
      summary: 'Solid start.',
      dimensions: [{ key: 'result_impact', score: 2, evidence: ['it went well'], advice: 'Measure the result.' }],
      strengths: ['Clear.'],
      improvements: ['Name the system.'],
      followUpQuestion: '',
      basedOn: [{ snippetId: 's2', excerpt: 'Other' }],
    });
    expect(redactFeedback(body, { words, kept: [], isDeleted: (id) => id === 's1' })).toBe(false);
    const quotedOnly = { summary: 'Use cut the AWS bill 31% in two months here.' };
    redactFeedback(quotedOnly, { words, kept: [], isDeleted: () => false });
    expect(quotedOnly.summary).toBe(SUMMARY_FALLBACK);
  });
});

import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/server/services/work-history/expand.js';
import { stem } from '../../../src/server/text/stem.js';
import { THESAURUS } from '../../../src/server/text/thesaurus.js';
import { THESAURUS_EXTRA } from '../../../src/server/text/thesaurus-extra.js';
import { THESAURUS_EXTRA2 } from '../../../src/server/text/thesaurus-extra2.js';

const ALL_GROUPS = [...THESAURUS, ...THESAURUS_EXTRA, ...THESAURUS_EXTRA2];

/** Terms as stem keys: the plan keeps one spelling per stem ("mentor" stands for "mentored"). */
const key = (phrase: string): string => phrase.split(' ').map(stem).join(' ');
const phrases = (q: string): string[] => planQuery(q).terms.map((t) => key(t.words.join(' ')));

describe('thesaurus', () => {
  it('has at least 80 groups of at least two members', () => {
    expect(THESAURUS.length).toBeGreaterThanOrEqual(80);
    for (const g of THESAURUS) expect(g.length).toBeGreaterThanOrEqual(2);
  });

  it('has no member twice in one group', () => {
    for (const g of ALL_GROUPS) expect(new Set(g.map((m) => m.toLowerCase())).size).toBe(g.length);
  });

  it('names every group uniquely across the core and extra lists (related pairs refer to groups by name)', () => {
    const names = ALL_GROUPS.map((g) => g[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds no single word whose stem is a common word of another sense', () => {
    // "projection" stems to "project", "intern" to "internal", "rating" to "rate": each would fire on most stories.
    const common = new Set(['project', 'intern', 'rate', 'activ', 'observ', 'author', 'programm', 'work', 'team', 'peopl', 'time'].map((w) => stem(w)));
    for (const g of ALL_GROUPS) for (const m of g) if (!m.includes(' ')) expect(common.has(stem(m)), m).toBe(false);
  });
});

describe('the extra groups (other roles, written blind to the evaluation)', () => {
  it('bridge the words of roles beyond software', () => {
    expect(phrases('Tell me about reducing staff turnover')).toContain(key('employee attrition'));
    expect(phrases('How did you speed up the month-end close?')).toContain(key('closing the books'));
    expect(phrases('Describe a time you dealt with a stockout')).toContain(key('out of stock'));
  });
});

describe('the second batch (everyday words and the jargon for the same thing, written blind to the evaluation)', () => {
  it('bridges plain phrasing to business terms both ways', () => {
    expect(phrases('How did you stop people quitting?')).toContain(key('staff turnover'));
    expect(phrases('Tell me about a time you tidied up old code')).toContain(key('refactored'));
  });
});

describe('planQuery', () => {
  it('never lets a lone question word bring in a group ("experience" stems like "experiment")', () => {
    const terms = phrases("What's your experience running machine learning in production?");
    expect(terms).not.toContain(key('split test'));
    expect(terms).toContain(key('deep learning'));
  });

  it('drops question filler and keeps the topic words', () => {
    const own = planQuery('Tell me about a time when you dealt with a difficult vendor', { expand: false }).terms.map((t) => t.words.join(' '));
    expect(own).toEqual(['difficult', 'vendor']);
  });

  it('bridges "cut cloud costs" to "reduced the AWS bill"', () => {
    const p = phrases('cut cloud costs');
    expect(p).toContain(key('aws bill'));
    expect(p).toContain(key('reduced'));
  });

  it('expands SSO and single sign-on both ways', () => {
    expect(phrases('How did you roll out SSO?')).toContain(key('single sign on'));
    expect(phrases('single sign-on rollout')).toContain('sso');
  });

  it('links manager to director and boss, coaching to mentored', () => {
    expect(phrases('my manager')).toEqual(expect.arrayContaining([key('director'), 'boss']));
    expect(phrases('coaching a colleague')).toContain(key('mentored'));
    expect(phrases('mentoring')).toContain(key('coaching'));
  });

  it('prefers the longest phrase: "low performer" is one idea', () => {
    const plan = planQuery('a low performer');
    expect(phrases('a low performer')).toContain(key('underperformer'));
    expect(phrases('a low performer')).not.toContain(key('bottleneck'));
    const concepts = new Set(plan.terms.map((t) => t.concept));
    expect(concepts.size).toBe(1);
  });

  it('marks thesaurus terms as expansions and keeps user words first', () => {
    const plan = planQuery('outage');
    expect(plan.terms[0]).toMatchObject({ words: ['outage'], expansion: false });
    expect(plan.terms.slice(1).every((t) => t.expansion)).toBe(true);
    expect(planQuery('outage', { expand: false }).terms).toHaveLength(1);
  });

  it('caps the number of terms for long grounding texts', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    expect(planQuery(long, { maxTerms: 32 }).terms).toHaveLength(32);
  });
});

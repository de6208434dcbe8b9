/**
 * The built-in coach pointing at the user's own stories: a relevant story with
 * a measured result is quoted in the improvements and cited in `basedOn`; an
 * unrelated one never is; scores never move.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, scoreAnswer } from '../../../../src/server/coach/builtin/evaluate.js';
import { emptyProfile } from '../../../../src/server/coach/builtin/profile.js';
import {
  clauseAround,
  figureAt,
  STORY_RELEVANCE_MIN,
  storyRelevance,
  suggestStories,
  withStoryLines,
} from '../../../../src/server/coach/builtin/evaluate/stories.js';
import { topicKeys } from '../../../../src/server/coach/builtin/evaluate/story-topics.js';
import type { EvaluationRequest, GroundingSnippet } from '../../../../src/server/coach/coach.js';
import { PERSONAS } from '../../../../src/shared/domain.js';

const AWS: GroundingSnippet = {
  id: 'st-aws',
  text: 'At Brightline I rightsized our EC2 fleet and moved batch jobs to spot instances, which cut the AWS bill 31% in two months.',
};
const MENTORING: GroundingSnippet = {
  id: 'st-mentor',
  text: 'I mentored two junior engineers through their first on-call rotation; both ran incidents alone within a quarter.',
};
const CHECKOUT: GroundingSnippet = {
  id: 'st-checkout',
  text: 'Led the checkout rewrite in React; conversion rose from 2.1% to 2.9% and support tickets about payment fell by 40%.',
};

const COSTS = { text: 'Tell me about a time you reduced costs.', category: 'behavioral' as const, competency: 'ownership' };
const VAGUE = 'I worked on reducing our cloud costs. We looked at a lot of things and made some improvements and it went well in the end.';
const MEASURED =
  'At Brightline our AWS bill was growing every month. I rightsized the EC2 fleet myself and moved batch jobs to spot instances. ' +
  'That cut the AWS bill 31% in two months, which paid for a new hire.';

function req(answer: string, snippets: GroundingSnippet[], persona: EvaluationRequest['persona'] = 'helpful'): EvaluationRequest {
  return { question: COSTS, answer, persona, profile: emptyProfile(), snippets };
}

describe('story relevance', () => {
  it('meets a story written in other words than the question ("cut the AWS bill" / "reduced costs")', () => {
    expect(topicKeys('cut the AWS bill')).toEqual(topicKeys('reduce cloud costs'));
    expect(storyRelevance(AWS.text, req(VAGUE, []))).toBeGreaterThanOrEqual(STORY_RELEVANCE_MIN);
  });

  it('keeps unrelated stories below the threshold, even ones with numbers', () => {
    expect(storyRelevance(MENTORING.text, req(VAGUE, []))).toBeLessThan(STORY_RELEVANCE_MIN);
    expect(storyRelevance(CHECKOUT.text, req(VAGUE, []))).toBeLessThan(STORY_RELEVANCE_MIN);
  });

  it('gives 0 to a story that shares nothing with the question, however close to the answer', () => {
    const question = { text: 'Tell me about a time you disagreed with your manager.', category: 'behavioral' as const, competency: 'conflict' };
    expect(storyRelevance(AWS.text, { question, answer: VAGUE })).toBe(0);
  });
});

describe('clauseAround', () => {
  it('quotes the clause holding the figure, in the story’s own words, without the connective', () => {
    expect(clauseAround('I moved batch jobs to spot instances, which cut the AWS bill 31% in two months.', '31%')).toBe('cut the AWS bill 31% in two months');
  });
  it('keeps a long clause to a window of words around the figure', () => {
    const long = 'Over the following eighteen months of steady and careful work across many teams the error rate fell to 0.2% from 3% after every service adopted the new retry library';
    const quote = clauseAround(long, '0.2%');
    expect(quote.split(' ')).toHaveLength(12);
    expect(quote).toContain('0.2%');
    expect(long).toContain(quote);
  });
});

describe('built-in feedback cites the user’s stories', () => {
  it('a vague answer + a relevant story with a measured result: quoted advice and basedOn', () => {
    const f = evaluate(req(VAGUE, [MENTORING, AWS]));
    const line = f.improvements.find((l) => l.includes('Your story'));
    expect(line).toBe('Your story “At Brightline I rightsized our EC2 fleet and moved batch…” has a measured result (cut the AWS bill 31% in two months) — use it here.');
    // Placed right after the result line it helps with.
    const at = f.improvements.indexOf(line!);
    expect(f.improvements[at - 1]).toMatch(/^Result & impact/);
    expect(f.basedOn).toEqual([{ snippetId: 'st-aws', excerpt: 'At Brightline I rightsized our EC2 fleet and moved batch jobs to spot instances, which…' }]);
  });

  it('never quotes a figure that is not in the story', () => {
    const f = evaluate(req(VAGUE, [AWS]));
    const line = f.improvements.find((l) => l.includes('Your story'))!;
    const quoted = /\(([^)]+)\)/.exec(line)![1]!;
    expect(AWS.text).toContain(quoted);
  });

  it('an unrelated story is neither suggested nor cited', () => {
    const f = evaluate(req(VAGUE, [MENTORING, CHECKOUT]));
    expect(f.improvements.join('\n')).not.toContain('Your story');
    expect(f.basedOn).toEqual([]);
  });

  it('no stories, no citations (basedOn is still set)', () => {
    expect(evaluate(req(VAGUE, [])).basedOn).toEqual([]);
  });

  it('an answer that already gives the story’s result gets no suggestion', () => {
    const f = evaluate(req(MEASURED, [AWS]));
    expect(f.basedOn).toEqual([]);
    expect(suggestStories(req(MEASURED, [AWS]), scoreAnswer(req(MEASURED, [AWS])))).toEqual([]);
  });

  it('a few vague words still get pointed at the story', () => {
    const f = evaluate(req('I saved money on cloud stuff.', [AWS]));
    expect(f.overall).toBeLessThanOrEqual(1.5); // a few words: the ceiling
    expect(f.basedOn?.map((c) => c.snippetId)).toEqual(['st-aws']);
  });

  it.each(PERSONAS)('speaks in the %s persona and quotes the same words', (persona) => {
    const f = evaluate(req(VAGUE, [AWS], persona));
    const line = f.improvements.find((l) => /your (?:own )?story “/i.test(l));
    expect(line).toContain('(cut the AWS bill 31% in two months)');
  });

  it('does not change any score', () => {
    for (const answer of [VAGUE, MEASURED, 'I saved money on cloud stuff.']) {
      for (const persona of PERSONAS) {
        const without = evaluate(req(answer, [], persona));
        const withStories = evaluate(req(answer, [AWS, MENTORING, CHECKOUT], persona));
        expect(withStories.overall).toBe(without.overall);
        expect(withStories.dimensions).toEqual(without.dimensions);
      }
    }
  });
});

describe('withStoryLines', () => {
  const s = { snippetId: 'x', gap: 'specifics' as const, quote: 'Halverson, API', relevance: 3, excerpt: 'Two weeks before the Halverson launch' };
  it('goes after the line of the dimension it helps, else last', () => {
    expect(withStoryLines(['Specificity (2/5): add names.', 'Ownership (2/5): say I.'], [s], 'helpful')[1]).toMatch(/^Your story “Two weeks before the Halverson launch” has the concrete details/);
    expect(withStoryLines(['Ownership (2/5): say I.'], [s], 'ruthless')).toEqual([
      'Ownership (2/5): say I.',
      'Use your own story “Two weeks before the Halverson launch”: it names the details this answer lacks (Halverson, API).',
    ]);
  });
});

describe('a time of day is not a measured result', () => {
  const question = { text: 'Tell me about a production database incident you handled on call.', category: 'behavioral' as const, competency: 'reliability' };
  const answer = 'I looked at the database dashboards with the team and fixed the problem, then told people about it.';
  const at = (snippets: GroundingSnippet[]): EvaluationRequest => ({ question, answer, persona: 'helpful', profile: emptyProfile(), snippets });
  const OUTAGE: GroundingSnippet = {
    id: 'st-outage',
    text: 'When the orders database filled its disk at 4am, I was the engineer on call. I moved the primary to a standby in 7 minutes and archived the old audit rows.',
  };
  const ONLY_TIME: GroundingSnippet = {
    id: 'st-night',
    text: 'Situation: The orders database filled its disk at 4am during my on-call week.\nAction: I moved the primary to a standby and archived the old audit rows.',
  };

  it('finds a figure only where it stands alone, not in a time of day or a longer number', () => {
    expect(figureAt('at 4am the disk filled; 4 of 9 replicas lagged', '4')).toBe('at 4am the disk filled; '.length);
    expect(figureAt('at 4 a.m. or at 04:30, with 14 hosts', '4')).toBe(-1);
    expect(figureAt("around 9 o'clock", '9')).toBe(-1);
  });

  it('quotes the measured figure, never the clause with the hour', () => {
    const line = evaluate(at([OUTAGE])).improvements.find((l) => l.includes('Your story'));
    expect(line).toMatch(/has a measured result \([^)]*standby in 7 minutes[^)]*\)/);
    expect(line).not.toMatch(/\([^)]*4am/);
  });

  it('does not call a story whose only number is an hour a measured result, and shows it without STAR labels', () => {
    const f = evaluate(at([ONLY_TIME]));
    expect(f.improvements.join('\n')).not.toContain('measured result');
    expect(suggestStories(at([ONLY_TIME]), scoreAnswer(at([ONLY_TIME]))).every((s) => s.gap !== 'result')).toBe(true);
    const labelled = { ...OUTAGE, text: `Situation: ${OUTAGE.text.replace('. I moved', '.\nAction: I moved')}` };
    const [s] = suggestStories(at([labelled]), scoreAnswer(at([labelled])));
    expect(s?.excerpt).toMatch(/^When the orders database/);
    // A remembered voice answer opens with the question it answered; the excerpt shows the story.
    const spoken = { ...OUTAGE, text: `Question: “Tell me about an outage you handled.”\n${OUTAGE.text}` };
    const [v] = suggestStories(at([spoken]), scoreAnswer(at([spoken])));
    expect(v?.excerpt).toMatch(/^When the orders database/);
  });
});

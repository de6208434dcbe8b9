/**
 * "Remember this answer as a story" without an LLM: the user's own words,
 * labelled with STAR parts when they tell something that happened, with no
 * placeholder for a part they did not tell, and no label on a plan.
 */
import { describe, expect, it } from 'vitest';
import { loadOutlineStar } from '../../../src/server/services/work-history/adapters.js';
import { formatStarOutline, isPlan, tellsPastStory } from '../../../src/server/services/work-history/star-note.js';

const outline = await loadOutlineStar();
const note = (text: string): string => formatStarOutline(outline(text));
const words = (text: string): string[] => text.replace(/\b(?:Situation|Task|Action|Result|Impact): /g, '').split(/\s+/).filter(Boolean);

const STORY = 'Our release pipeline took forty minutes. I had to get it under ten before the spring launch. I split the test suite across four runners and cached the Docker layers. Builds dropped to eight minutes.';
const PLAN = 'First I would ask who owns the service and page them. Then I’d check the dashboards for customer impact. I will write down every step in the incident channel.';

describe('formatStarOutline', () => {
  it('labels a story’s parts in the user’s words and leaves out the parts not told', () => {
    expect(note(STORY)).toBe(
      [
        'Situation: Our release pipeline took forty minutes.',
        'Task: I had to get it under ten before the spring launch.',
        'Action: I split the test suite across four runners and cached the Docker layers.',
        'Result: Builds dropped to eight minutes.',
      ].join('\n'),
    );
    expect(note(STORY)).not.toMatch(/not stated|\[|Impact:/);
  });

  it('keeps a plan as the user’s words with no STAR label', () => {
    expect(note(PLAN)).toBe(PLAN);
  });

  it('labels only the past story in an answer that starts with a plan', () => {
    const mixed = `${PLAN} Last winter the billing database filled up at night; I moved the audit rows to cold storage in an hour.`;
    const stored = note(mixed);
    expect(stored.split('\n')[0]).toBe(PLAN);
    expect(stored).not.toContain('Situation:');
    expect(stored).toMatch(/^Action: Last winter the billing database filled up/m);
    expect(words(stored)).toEqual(mixed.split(/\s+/));
  });

  it('drops no sentence the outliner leaves unlabelled, and does not repeat the user’s own labels', () => {
    const own = 'Situation: our nightly batch overran. Action: I rewrote the slowest query and added an index. Result: the batch finished two hours earlier. Ok.';
    const stored = note(own);
    expect(stored).not.toMatch(/Situation: Situation|Action: Action|Result: Result/);
    expect(stored).toContain('Ok.');
    expect(words(stored)).toEqual(words(own));
  });

  it('without the sentence list, prints the parts it has and no placeholder', () => {
    const bare = { situation: ['The queue backed up.'], task: [], action: ['I added a dead-letter queue.'], result: [], impact: [] };
    expect(formatStarOutline(bare)).toBe('Situation: The queue backed up.\nAction: I added a dead-letter queue.');
  });
});

describe('plans and past stories', () => {
  it('tells a plan or habit from something that happened', () => {
    expect(isPlan('I’d roll back the last deploy.')).toBe(true);
    expect(isPlan('We will roll back and then look.')).toBe(true);
    expect(isPlan('I usually start with the logs.')).toBe(true);
    expect(isPlan('I told them we would ship on Friday.')).toBe(false);
    expect(isPlan('I rolled back the deploy within minutes.')).toBe(false);
    expect(isPlan('In hindsight I would have paged the owner sooner.')).toBe(false);
  });

  it('needs an action or result that is not a plan', () => {
    expect(tellsPastStory([{ text: 'I’d page the owner.', part: 'action' }])).toBe(false);
    expect(tellsPastStory([{ text: 'I paged the owner.', part: 'action' }])).toBe(true);
    expect(tellsPastStory([{ text: 'Our team was small.', part: 'situation' }])).toBe(false);
  });
});

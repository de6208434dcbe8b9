/**
 * A resume remembered as stories: one story per role bullet, with its role after it (a plain-text resume
 * with no Markdown headings used to become one "story" holding every role). Resume written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { exampleAnswer } from '../../../src/server/coach/builtin/example-answer.js';
import { emptyProfile } from '../../../src/server/coach/builtin/profile.js';
import { resumeChunks } from '../../../src/server/services/work-history/resume-chunks.js';

const RESUME = [
  'Aoife Brennan',
  'aoife.brennan@example.net - Galway',
  '',
  'EXPERIENCE',
  'Warehouse Supervisor - Corrib Freight, Galway (2019 - present)',
  '- Cut mis-picks from 2.1% to 0.6% by re-slotting the fastest 200 lines.',
  '- Trained nine new pickers a season.',
  '',
  'Picker - Atlantic Stores (2016 - 2019)',
  '- Ran the Saturday stock count for the chilled aisle.',
  '',
  'SKILLS',
  'WMS, forklift licence, Excel',
].join('\n');

describe('resumeChunks', () => {
  it('gives one story per role bullet, each with its role, and nothing from contact or skills lines', () => {
    expect(resumeChunks(RESUME)).toEqual([
      'Cut mis-picks from 2.1% to 0.6% by re-slotting the fastest 200 lines (as Warehouse Supervisor at Corrib Freight, 2019 - present).',
      'Trained nine new pickers a season (as Warehouse Supervisor at Corrib Freight, 2019 - present).',
      'Ran the Saturday stock count for the chilled aisle (as Picker at Atlantic Stores, 2016 - 2019).',
    ]);
  });

  it('says null for text with no role, so it is chunked as prose', () => {
    expect(resumeChunks('I like bread. I baked a lot of it last year for the market.')).toBeNull();
  });

  it('an example answer built from such a story places it in its role', () => {
    const [story] = resumeChunks(RESUME)!;
    const { text } = exampleAnswer({ question: { text: 'Tell me about a time you reduced errors.', category: 'behavioral', competency: 'general' }, persona: 'helpful', profile: emptyProfile(), snippets: [{ id: 's1', text: story! }] });
    expect(text).toMatch(/^Situation: At Corrib Freight, where I worked as Warehouse Supervisor \(2019 - present\)/);
    expect(text).toMatch(/Action: I cut mis-picks from 2\.1% to 0\.6%/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../src/shared/domain.js';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { evaluate } from '../../../src/server/coach/builtin/evaluate.js';
import { widenEvidence } from '../../../src/server/coach/builtin/evaluate/anchor.js';
import { splitSentences } from '../../../src/server/coach/builtin/text.js';
import { backendJd } from './fixtures/jobs.js';
import { classicResume } from './fixtures/resumes.js';

// QA item 7: a quote of one or two words ("four", "18", "To") is read with the phrase around it.
describe('widenEvidence', () => {
  const answer =
    'In 2023 at Tillbox I moved 1,2 To of payments data to PostgreSQL. ' +
    'You warm the stock, add it one ladle at a time for about 18 minutes, and stir. ' +
    'It feeds four people.';
  const sentences = splitSentences(answer);

  it('widens a bare number to its clause, verbatim', () => {
    const out = widenEvidence(['18', 'four', 'To'], sentences);
    expect(out).toEqual(['add it one ladle at a time for about 18 minutes', 'It feeds four people.', 'In 2023 at Tillbox I moved 1,2 To of payments data to PostgreSQL.']);
    for (const q of out) expect(answer).toContain(q);
  });

  it('leaves longer quotes alone and does not repeat a number already inside a shown phrase', () => {
    const out = widenEvidence(['In 2023 at Tillbox I moved', '2023', 'PostgreSQL', 'ladle'], sentences);
    expect(out).toEqual(['In 2023 at Tillbox I moved', 'In 2023 at Tillbox I moved 1,2 To of payments data to PostgreSQL.', 'add it one ladle at a time for about 18 minutes']);
  });

  it('cuts a long clause to a window of at most about twelve words around the quote', () => {
    const long = 'Last year at Parcelwise the primary database ran out of disk space in the middle of the night during our busiest sales weekend of the year.';
    const [q] = widenEvidence(['Parcelwise'], [long]);
    expect(long).toContain(q);
    expect(q).toContain('Parcelwise');
    expect(q!.split(/\s+/).length).toBeLessThanOrEqual(12);
  });
});

describe('feedback quotes phrases, not tokens', () => {
  const profile = buildProfile(classicResume, backendJd);
  const run = (answer: string, persona: Persona) =>
    evaluate({ question: { text: 'Tell me about a time you improved a slow system.', category: 'behavioral', competency: 'reliability' }, answer, persona, profile, snippets: [] });
  const answer =
    'At Parcelwise in 2021 I mentored four junior engineers while we rewrote the pricing service. I split the work into three milestones and I profiled the two slowest queries myself. ' +
    'p95 latency went from 900 ms to 160 ms, and we shipped two weeks early. Also, we had many meetings and discussions about the plan and the team talked through a lot of options over several weeks, and things went well in general.';

  it('no scored dimension quotes one or two words when its sentence has more', () => {
    for (const persona of ['helpful', 'discovery', 'ruthless'] as const) {
      const fb = run(answer, persona);
      for (const d of fb.dimensions) for (const q of d.evidence) {
        expect(answer).toContain(q);
        expect(q.split(/\s+/).length, `${d.key}: “${q}”`).toBeGreaterThan(2);
      }
    }
  });

  it('never praises a bare number as something the listener could follow', () => {
    const fb = run(answer, 'discovery');
    for (const s of fb.strengths) {
      expect(s).not.toContain('the listener could follow you');
      expect(s).not.toMatch(/“[\w.%$-]+”/);
    }
  });

  it('does not quote a specific as proof of vagueness', () => {
    const diluted =
      'At Harbourline in 2021 I rewrote the invoice renderer with two colleagues. I profiled the slowest templates and I moved the rendering into a worker. ' +
      'Render time went from 8 seconds to 900 milliseconds. Also, to give more background, we had many meetings and discussions about the plan, and the team talked ' +
      'through a lot of options over several weeks, and everyone shared their views on how it should be done. Also, to give more background, we had many meetings and ' +
      'discussions about the plan, and the team talked through a lot of options, and everyone shared their views on how it should be done. There were a lot of opinions ' +
      'and a lot of back and forth about the right way forward, and it took some time for everyone to agree on what mattered most for the people who used it. ' +
      'In general it went well and people were happy with the result, and the team learned a lot about working together on this kind of work, which was good for everybody involved.';
    const fb = run(diluted, 'helpful');
    const spec = fb.improvements.find((l) => l.startsWith('Specificity'));
    expect(spec).toBeDefined();
    expect(spec).not.toMatch(/You said “[^”]*\b(?:two|8|900|Harbourline)\b/);
    expect(spec).not.toMatch(/before\/after/);
    const vague = run('I usually sort things out by talking to people. We had a lot going on and things worked out well in the end, as they usually do when people talk.', 'helpful');
    const line = vague.improvements.find((l) => l.startsWith('Specificity'))!;
    expect(line).toMatch(/You said “[^”]*(?:usually|things|a lot)/);
  });
});

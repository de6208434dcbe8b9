/**
 * An example answer built from one of the user's remembered stories (session 8's exploratory test:
 * the whole story, heading and labels included, landed in "Action:", and a Result placeholder
 * followed a story that has a result). Stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { exampleAnswer } from '../../../src/server/coach/builtin/example-answer.js';
import { evaluate } from '../../../src/server/coach/builtin/evaluate.js';
import { emptyProfile } from '../../../src/server/coach/builtin/profile.js';

const LABELLED = {
  id: 'cost',
  text: 'Trimming the storage bill at Fernhill:\nSituation: Our object storage cost had reached £22k a month while traffic was flat.\nTask: I offered to own the review for the data team.\nAction: I tagged every bucket by owner, moved cold logs to an archive tier with lifecycle rules and sent each team a weekly cost note.\nResult: The bill fell by 41%, about £9k a month, within one quarter.',
};
const PLAIN = {
  id: 'outage',
  text: 'At 3 a.m. our card payments started failing after a certificate expired. As incident lead I rolled back the gateway change and kept support updated every 15 minutes. Payments were back in 40 minutes, and certificate expiry alerts followed.',
};
const ask = (text: string, snippets = [LABELLED, PLAIN]) => exampleAnswer({ question: { text, category: 'behavioral', competency: 'general' }, persona: 'helpful', profile: emptyProfile(), snippets });

describe('an example answer from a remembered story', () => {
  it('puts the story\'s own parts in their slots, without its heading or labels, and no placeholder where the story has the part', () => {
    const { text } = ask('Tell me about a time you reduced costs.');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Situation: Our object storage cost had reached £22k a month while traffic was flat.');
    expect(lines[1]).toBe('Task: I offered to own the review for the data team.');
    expect(lines[2]).toMatch(/^Action: I tagged every bucket by owner.*\[One decision you made yourself, and why\]\.$/);
    expect(lines[3]).toBe('Result: The bill fell by 41%, about £9k a month, within one quarter.');
    expect(lines[4]).toMatch(/^Impact: \[/);
    expect(text).not.toMatch(/Trimming the storage bill at Fernhill:|Action: .*Situation:|Result: \[/);
  });

  it('keeps an unlabelled story\'s result out of the situation', () => {
    const { text } = ask('Tell me about a production incident you handled.', [PLAIN]);
    expect(text).toMatch(/^Situation: At 3 a\.m\. our card payments started failing/);
    expect(text).toMatch(/Result: Payments were back in 40 minutes/);
    expect(text.split('\n')[0]).not.toMatch(/back in 40 minutes/);
  });
});

describe('feedback points at a story\'s result, not its situation', () => {
  it('quotes the figure that changed ("fell by 41%"), not the scene\'s "£22k a month"', () => {
    const fb = evaluate({
      question: { text: 'Tell me about a time you reduced costs.', category: 'behavioral', competency: 'general' },
      answer: 'I looked into our storage costs with the data team, tagged the buckets, moved old logs to a cheaper tier and told each team what they were spending.',
      persona: 'helpful',
      profile: emptyProfile(),
      snippets: [LABELLED],
    });
    const line = fb.improvements.find((l) => l.includes('measured result')) ?? '';
    expect(line).toMatch(/41%/);
    expect(line).not.toMatch(/£22k/);
  });
});

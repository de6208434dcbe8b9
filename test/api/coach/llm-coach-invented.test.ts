/**
 * Contract tests over real HTTP, through the official SDK, against the local
 * fake OpenAI-compatible server: the LLM coach may not put words in the user's
 * mouth. Replies modelled on what a QA pass saw from a misbehaving server —
 * an invented quote in the summary, praise for a figure never given, one quote
 * reused as the evidence for every dimension, an example answer at an invented
 * employer with invented sources, a question citing words the JD lacks.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlmCoach } from '../../../src/server/coach/llm/index.js';
import { loadPersonaPrompts } from '../../../src/server/coach/prompts.js';
import { chat, sequence, startFakeOpenAI, type FakeHandler, type FakeOpenAI } from '../../fakes/openai-server.js';
import { evaluationRequest, exampleRequest, fakeBuiltin, questionRequest, sdkClient, validFeedbackReply } from './llm-fixtures.js';

const CHAT = '/v1/chat/completions';
let fake: FakeOpenAI;
beforeAll(async () => void (fake = await startFakeOpenAI()));
afterAll(() => fake.close());
beforeEach(() => fake.reset());

/** An LLM coach on the fake server answering with `scenario`; its fallback records its calls. */
function coachOn(scenario: FakeHandler) {
  fake.setScenario(CHAT, scenario);
  const fallback = fakeBuiltin();
  const coach = createLlmCoach({ client: sdkClient(fake.url), prompts: loadPersonaPrompts(), fallback, defaultModel: 'gpt-4o-mini', allowedModels: [], timeoutMs: 5000, maxRetryAfterSeconds: 1 });
  return { coach, fallback };
}

/** Feedback on the fixture answer when the model replies with `scenario`, and what the fallback was asked. */
async function evaluateWith(scenario: FakeHandler) {
  const { coach, fallback } = coachOn(scenario);
  const fb = await coach.evaluate(evaluationRequest);
  return { fb, fallbackCalls: fallback.calls };
}

const INVENTED_SUMMARY = 'You said "I single-handedly increased revenue by 300% and led 40 designers" — a superb, quantified result.';
const UNREADABLE_TWICE = "the AI coach's reply was unreadable twice";

/** The QA "summaryinvented" reply: invented quote in the summary, invented figure praised, all fives. */
function summaryInvented() {
  const r = validFeedbackReply();
  for (const d of Object.values(r.dimensions)) if (d.score !== null) d.score = 5;
  return { ...r, overall: 5, summary: INVENTED_SUMMARY, strengths: ['Your "300% revenue increase" is a standout result'] };
}

describe('LLM coach: feedback may only quote what the user said', () => {
  it('refuses a reply whose summary quotes words never said, and the built-in coach answers, labelled', async () => {
    const { fb, fallbackCalls } = await evaluateWith(chat.json(summaryInvented()));
    expect(fake.requestsTo(CHAT)).toHaveLength(2); // retried once, refused again
    expect(fallbackCalls).toEqual(['evaluate']);
    expect(fb.coach).toMatchObject({ provider: 'builtin', fallbackReason: UNREADABLE_TWICE });
    expect(JSON.stringify(fb)).not.toContain('300%');
  });

  it('uses the retry when it is honest', async () => {
    const { fb, fallbackCalls } = await evaluateWith(sequence(chat.json(summaryInvented()), chat.json(validFeedbackReply())));
    expect(fallbackCalls).toEqual([]);
    expect(fb.coach.provider).toBe('openai');
    expect(fb.summary).toBe(validFeedbackReply().summary);
  });

  it('drops an invented summary sentence and strength when the rest stands; suggested wording gets [number]', async () => {
    const r = validFeedbackReply();
    r.summary = 'Clear story with a measured result. You said “I led 40 designers”. The learning is missing.';
    r.strengths = ['Measured result: the run now finishes in 40 minutes', 'Your 300% revenue increase', 'Clear first-person actions'];
    r.improvements = ['Say what you learned.', 'Say "I chose a queue because it cut costs by 20%" to show the why.'];
    const { fb, fallbackCalls } = await evaluateWith(chat.json(r));

    expect(fallbackCalls).toEqual([]);
    expect(fb.coach.provider).toBe('openai');
    expect(fb.summary).toBe('Clear story with a measured result. The learning is missing.');
    expect(fb.strengths).toEqual(['Measured result: the run now finishes in 40 minutes', 'Clear first-person actions']);
    // Suggested wording is advice, not a quote; its invented figure becomes a visible placeholder.
    expect(fb.improvements).toEqual(['Say what you learned.', 'Say "I chose a queue because it cut costs by [number]" to show the why.']);
  });

  it('drops an invented sentence from a dimension’s advice and keeps its score', async () => {
    const r = validFeedbackReply();
    r.dimensions.ownership.advice = 'Strong first person. You also said "I managed the whole department". Keep it up.';
    const { fb } = await evaluateWith(chat.json(r));
    expect(fb.dimensions.find((d) => d.key === 'ownership')).toMatchObject({ score: 5, advice: 'Strong first person. Keep it up.' });
  });

  it('refuses a reply with invented words in three places: a pattern, not a slip', async () => {
    const r = validFeedbackReply();
    r.strengths = ['Measured result', 'Clear actions', 'Your 300% revenue increase'];
    r.improvements = ['Say what you learned.', 'You said "we all pitched in"; own it.'];
    r.dimensions.ownership.advice = 'You also said "I managed the whole department".';
    const { fallbackCalls } = await evaluateWith(chat.json(r));
    expect(fallbackCalls).toEqual(['evaluate']);
  });

  it('refuses a reply whose strengths are mostly invented', async () => {
    const r = { ...validFeedbackReply(), strengths: ['Your 300% revenue increase', 'Leading “a team of 40 designers”'] };
    const { fb, fallbackCalls } = await evaluateWith(chat.json(r));
    expect(fallbackCalls).toEqual(['evaluate']);
    expect(fb.coach.fallbackReason).toBe(UNREADABLE_TWICE);
  });

  it('keeps quotes of the job description, of the user’s notes and figures spelled differently', async () => {
    const r = validFeedbackReply();
    r.summary = 'You cut the run from 6 hours to 40 minutes.';
    r.improvements = ['Tie it to the role: it asks for "operating message queues in production".', 'Your note has it: “the queue migration also removed two on-call pages a week”.'];
    r.dimensions.concision.advice = `At ${evaluationRequest.answer.split(/\s+/).length} words this is short; aim for 150–300 words.`;
    const { fb } = await evaluateWith(chat.json(r));
    expect(fb.coach.provider).toBe('openai');
    expect(fb.summary).toBe(r.summary);
    expect(fb.improvements).toEqual(r.improvements);
    expect(fb.dimensions.find((d) => d.key === 'concision')!.advice).toBe(r.dimensions.concision.advice);
  });

  it('does not count one quote reused for every high score as evidence for each', async () => {
    const r = validFeedbackReply();
    for (const d of Object.values(r.dimensions)) Object.assign(d, { score: 5, evidence: ['our nightly invoice run took six hours'] });
    const { fb, fallbackCalls } = await evaluateWith(chat.json(r));
    expect(fallbackCalls).toEqual(['evaluate']);
    expect(fb.coach.provider).toBe('builtin');
  });

  it('accepts one quote shared by two high scores', async () => {
    const r = validFeedbackReply();
    r.dimensions.relevance.evidence = ['The run now finishes in 40 minutes'];
    const { fb } = await evaluateWith(chat.json(r));
    expect(fb.coach.provider).toBe('openai');
    expect(fb.dimensions.find((d) => d.key === 'relevance')).toMatchObject({ score: 4, evidence: ['The run now finishes in 40 minutes'] });
  });
});

describe('LLM coach: example answers are built only from the user’s material', () => {
  it('turns an invented employer into a placeholder and drops invented sources', async () => {
    const { coach } = coachOn(chat.json({
      text: 'At Google I grew conversion by 47% across 12 markets. Back at Larkspur Freight I moved the invoice jobs onto RabbitMQ and launched Pulse.',
      placeholders: [],
      basedOn: ['Invented story: Google growth project', 'ws_9999', 'snip-1', 'Mentored 3 junior engineers'],
    }));
    const ex = await coach.exampleAnswer(exampleRequest);
    expect(ex.coach.provider).toBe('openai');
    expect(ex.text).toBe('At [employer] I grew conversion by [number] across [number] markets. Back at Larkspur Freight I moved the invoice jobs onto RabbitMQ and launched [product].');
    expect(ex.placeholders).toEqual(['[employer]', '[number]', '[product]']);
    expect(ex.basedOn).toEqual(['snip-1', 'Mentored 3 junior engineers']);
  });
});

describe('LLM coach: a question’s source is quoted only when the documents hold it', () => {
  const q = (text: string, source: { kind: string; text: string }) => ({ text, category: 'behavioral', competency: 'influence', rationale: 'Why.', source });

  it('drops a source quote the job description does not contain, keeps near-verbatim ones, re-files one from the resume', async () => {
    const { coach } = coachOn(chat.json({
      questions: [
        q('Tell me about research that changed a design decision.', { kind: 'job_description', text: 'research-led design' }),
        q('How have you run queues in production?', { kind: 'job_description', text: 'Experience operating message queue in production' }),
        q('How did you bring juniors up to speed?', { kind: 'job_description', text: 'Mentored three junior engineers' }),
      ],
    }));
    const out = await coach.generateQuestions({ ...questionRequest, count: 3 });
    expect(out.map((x) => x.source)).toEqual([
      { kind: 'bank', text: '' },
      { kind: 'job_description', text: 'Experience operating message queue in production' },
      { kind: 'resume', text: 'Mentored three junior engineers' },
    ]);
  });
});

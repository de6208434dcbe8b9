/**
 * Contract test of the LLM coach citing the user's stories, over real HTTP
 * against the local fake OpenAI-compatible server: the fenced work-history
 * block carries the ids, the strict schema asks for `usedSnippetIds`, and only
 * ids that were really sent survive into `basedOn` (invented ones are dropped).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlmCoach } from '../../../src/server/coach/llm/index.js';
import { loadPersonaPrompts } from '../../../src/server/coach/prompts.js';
import { PERSONAS } from '../../../src/shared/domain.js';
import { chat, startFakeOpenAI, type FakeOpenAI } from '../../fakes/openai-server.js';
import { evaluationRequest, fakeBuiltin, sdkClient, snippets, validFeedbackReply } from './llm-fixtures.js';

const CHAT = '/v1/chat/completions';
const NOTE_LINE = 'Your note has it: “the queue migration also removed two on-call pages a week”. Say it.';
let fake: FakeOpenAI;
beforeAll(async () => void (fake = await startFakeOpenAI()));
afterAll(() => fake.close());
beforeEach(() => fake.reset());

/** An LLM coach on the fake server whose fallback records calls; the reply is given up front. */
function coachReplying(reply: object) {
  fake.setScenario(CHAT, chat.json(reply));
  const fallback = fakeBuiltin();
  const prompts = loadPersonaPrompts();
  const coach = createLlmCoach({ client: sdkClient(fake.url), prompts, fallback, defaultModel: 'gpt-4o-mini', allowedModels: [], timeoutMs: 5000, maxRetryAfterSeconds: 1 });
  return { coach, fallback };
}

interface SentSchema {
  properties: Record<string, { type?: string; default?: unknown }>;
  required: string[];
}
interface SentBody {
  messages: Array<{ role: string; content: string }>;
  response_format: { json_schema: { schema: SentSchema } };
}
const sent = () => fake.requestsTo(CHAT)[0]!.body as SentBody;

describe('LLM coach: feedback based on the user’s stories', () => {
  it('keeps a cited id that was sent and drops an invented one', async () => {
    const reply = { ...validFeedbackReply(), improvements: ['Say what you learned.', NOTE_LINE], usedSnippetIds: ['snip-1', 'snip-404', '[snip-1]'] };
    const { coach, fallback } = coachReplying(reply);
    const fb = await coach.evaluate(evaluationRequest);

    expect(fallback.calls).toEqual([]);
    expect(fb.coach.provider).toBe('openai');
    expect(fb.basedOn).toEqual([{ snippetId: 'snip-1', excerpt: 'Noted in 2023: the queue migration also removed two on-call pages a week.' }]);
    expect(fb.improvements).toContain(NOTE_LINE);
  });

  it('asks for usedSnippetIds in the strict schema and shows the notes with their ids', async () => {
    const { coach } = coachReplying({ ...validFeedbackReply(), usedSnippetIds: [] });
    const fb = await coach.evaluate(evaluationRequest);

    const schema = sent().response_format.json_schema.schema;
    expect(schema.required).toContain('usedSnippetIds');
    expect(schema.properties.usedSnippetIds).toEqual({ type: 'array', items: { type: 'string' } });
    const user = sent().messages[1]!.content;
    expect(user).toContain(`<untrusted source="work_history">\n[snip-1] ${snippets[0]!.text}`);
    expect(user).toContain('usedSnippetIds');
    expect(fb.basedOn).toEqual([]);
  });

  it('reads a reply without usedSnippetIds (a non-strict endpoint) as citing no story', async () => {
    const { coach, fallback } = coachReplying(validFeedbackReply());
    const fb = await coach.evaluate(evaluationRequest);
    expect(fallback.calls).toEqual([]);
    expect(fb.overall).toBe(4);
    expect(fb.basedOn).toEqual([]);
  });

  it.each(PERSONAS)('the %s evaluation prompt includes the notes', async (persona) => {
    const { coach } = coachReplying({ ...validFeedbackReply(), usedSnippetIds: [] });
    await coach.evaluate({ ...evaluationRequest, persona });
    expect(sent().messages[1]!.content).toContain('[snip-1] Noted in 2023');
  });
});

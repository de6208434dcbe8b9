/**
 * An example answer built from the user's stories names each story with its id, so the UI can
 * open it to correct or delete it (session 8: the "Based on" list was plain text). Real app,
 * SQLite (and PostgreSQL in the api-pg project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExampleAnswer } from '../../src/shared/domain.js';
import { startTestApp, type TestApp } from './helper.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.destroy();
});

describe('example answer stories', () => {
  it('cites the story it was built from by id, and says whose words it used', async () => {
    const c = app.client();
    const added = (
      await c.post('/api/work-history', {
        text: 'Situation: Our storage bill had reached £22k a month while traffic was flat.\nAction: I tagged every bucket by owner and moved cold logs to an archive tier.\nResult: The bill fell by 41% within one quarter.',
      })
    ).json() as { created: Array<{ id: string }> };
    const story = added.created[0]!;
    const session = (await c.post('/api/sessions', {})).json() as { id: string };
    const question = (await c.post(`/api/sessions/${session.id}/questions`, { text: 'Tell me about a time you reduced storage costs.' })).json() as { id: string };
    const res = await c.post(`/api/sessions/${session.id}/questions/${question.id}/example-answer`);
    expect(res.statusCode).toBe(200);
    const example = res.json() as ExampleAnswer;
    expect(example.stories?.map((s) => s.snippetId)).toEqual([story.id]);
    expect(example.basedOn[0]).toMatch(/^Your story: “/);
    expect(example.text).toMatch(/^Situation: Our storage bill had reached £22k a month/);
    expect(example.text).toMatch(/Result: The bill fell by 41% within one quarter\./);
  });
});

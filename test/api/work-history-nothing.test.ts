/**
 * Text with nothing to remember is refused, not answered "0 saved": session 10's tester typed
 * "🎉🏆😊", was told "That story was already saved." and lost the box's text; a one-word file
 * answered "0 stories imported from one.txt." with no reason. Nothing is stored either way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, startTestApp, type TestApp, type TestClient } from './helper.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.destroy();
});

const total = async (c: TestClient): Promise<number> => (await c.get('/api/work-history')).json().total as number;

describe('nothing to remember', () => {
  it('a note of emoji only is a 400 saying to write what happened, and nothing is stored', async () => {
    const c = app.client();
    const res = await c.post('/api/work-history', { text: '🎉🏆😊' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/no words here to remember.*Write a sentence or two/);
    expect(await total(c)).toBe(0);
  });

  it('a file with no story in it is a 400 saying why, and nothing is stored', async () => {
    const c = app.client();
    const form = multipart({}, { name: 'file', filename: 'one.txt', type: 'text/plain', bytes: Buffer.from('Mentoring\n') });
    const res = await c.request({ method: 'POST', url: '/api/work-history/import', ...form });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Nothing in this text reads as a story.*Paste the story as a note instead/);
    expect(await total(c)).toBe(0);
  });

  it('a short note typed by hand is still kept as typed, and typing it again says it was already saved', async () => {
    const c = app.client();
    const first = await c.post('/api/work-history', { text: 'Mentored two new teachers' });
    expect(first.statusCode).toBe(201);
    const again = await c.post('/api/work-history', { text: 'Mentored two new teachers' });
    expect(again.json()).toMatchObject({ created: [], skippedDuplicates: 1 });
    expect(await total(c)).toBe(1);
  });
});

import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { up as foundation } from '../../../src/server/storage/migrations/001_foundation.js';
import { up as voiceMigration } from '../../../src/server/storage/migrations/004_voice.js';
import { createTranscriptStore, transcriptMarkdown, type VoiceDb } from '../../../src/server/services/voice/transcript.js';

let db: VoiceDb;

async function session(id: string): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('sessions')
    .values({ id, owner_id: 'o1', name: `S ${id}`, persona: 'helpful', difficulty: 'medium', question_type: 'mixed', voice: null, model: null, created_at: now, updated_at: now })
    .execute();
}

beforeEach(async () => {
  const sqlite = new SQLite(':memory:');
  sqlite.pragma('foreign_keys = ON');
  db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) }) as VoiceDb;
  await foundation(db as unknown as Kysely<unknown>, 'sqlite');
  await voiceMigration(db as unknown as Kysely<unknown>, 'sqlite');
  await session('s1');
  await session('s2');
});
afterEach(async () => db.destroy());

describe('voice transcript store', () => {
  it('returns conversation order (at, then seq), not arrival order', async () => {
    const store = createTranscriptStore(db);
    await store.add('o1', 's1', { itemId: 'c2', role: 'coach', text: 'Next question.', at: '2025-05-01T10:00:05.000Z', seq: 2 });
    await store.add('o1', 's1', { itemId: 'c1', role: 'coach', text: 'Hello.', at: '2025-05-01T10:00:00.000Z', seq: 0 });
    await store.add('o1', 's1', { itemId: 'u1', role: 'candidate', text: 'Hi.', at: '2025-05-01T10:00:02.000Z', seq: 1 });
    // Same `at`: position decides.
    await store.add('o1', 's1', { itemId: 'u2b', role: 'candidate', text: 'b', at: '2025-05-01T10:00:09.000Z', seq: 5 });
    await store.add('o1', 's1', { itemId: 'u2a', role: 'candidate', text: 'a', at: '2025-05-01T10:00:09.000Z', seq: 4 });
    expect((await store.list('s1')).map((e) => e.itemId)).toEqual(['c1', 'u1', 'c2', 'u2a', 'u2b']);
  });

  it('normalises time zones so string order is time order', async () => {
    const store = createTranscriptStore(db);
    await store.add('o1', 's1', { itemId: 'late', role: 'coach', text: 'x', at: '2025-05-01T12:30:00+02:00' }); // 10:30Z
    await store.add('o1', 's1', { itemId: 'early', role: 'coach', text: 'y', at: '2025-05-01T11:00:00Z' });
    expect((await store.list('s1')).map((e) => e.itemId)).toEqual(['late', 'early']);
  });

  it('is idempotent on item id: the first write wins, per session', async () => {
    const store = createTranscriptStore(db);
    const first = await store.add('o1', 's1', { itemId: 'u1', role: 'candidate', text: 'first', at: '2025-05-01T10:00:00Z' });
    const again = await store.add('o1', 's1', { itemId: 'u1', role: 'candidate', text: 'second', at: '2025-05-01T10:00:09Z' });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.entry).toEqual(first.entry);
    const other = await store.add('o1', 's2', { itemId: 'u1', role: 'candidate', text: 'other session', at: '2025-05-01T10:00:00Z' });
    expect(other.created).toBe(true);
    expect(await store.list('s1')).toHaveLength(1);
  });

  it('survives concurrent duplicate saves with one row', async () => {
    const store = createTranscriptStore(db);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => store.add('o1', 's1', { itemId: 'dup', role: 'coach', text: 'same', at: '2025-05-01T10:00:00Z' })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await store.list('s1')).toHaveLength(1);
  });

  it('defaults seq to arrival order and filters candidate turns by question', async () => {
    const store = createTranscriptStore(db);
    await store.add('o1', 's1', { itemId: 'a', role: 'candidate', text: 'one', questionId: 'q1', at: '2025-05-01T10:00:00Z' });
    await store.add('o1', 's1', { itemId: 'b', role: 'coach', text: 'hm', questionId: 'q1', at: '2025-05-01T10:00:00Z' });
    await store.add('o1', 's1', { itemId: 'c', role: 'candidate', text: 'two', questionId: 'q1', at: '2025-05-01T10:00:00Z' });
    await store.add('o1', 's1', { itemId: 'd', role: 'candidate', text: 'other', questionId: 'q2', at: '2025-05-01T10:00:00Z' });
    expect((await store.list('s1')).map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect((await store.candidateTurns('s1', 'q1')).map((e) => e.text)).toEqual(['one', 'two']);
    expect((await store.byItemIds('s1', ['d', 'a', 'zzz'])).map((e) => e.itemId)).toEqual(['a', 'd']);
  });

  it('is removed with its session', async () => {
    const store = createTranscriptStore(db);
    await store.add('o1', 's1', { itemId: 'a', role: 'coach', text: 'x', at: '2025-05-01T10:00:00Z' });
    await db.deleteFrom('sessions').where('id', '=', 's1').execute();
    expect(await store.list('s1')).toEqual([]);
  });

  it('exports Markdown with speakers in order', () => {
    const md = transcriptMarkdown('Mock  interview', [
      { id: '1', itemId: 'c1', role: 'coach', text: 'Hello.', questionId: null, at: '2025-05-01T10:00:00.000Z', seq: 0, createdAt: '' },
      { id: '2', itemId: 'u1', role: 'candidate', text: 'Hi,\nthanks.', questionId: null, at: '2025-05-01T10:00:03.000Z', seq: 1, createdAt: '' },
    ]);
    expect(md).toContain('# Voice interview transcript — Mock interview');
    expect(md.indexOf('**Coach** (10:00:00 UTC): Hello.')).toBeLessThan(md.indexOf('**You** (10:00:03 UTC): Hi, thanks.'));
  });
});

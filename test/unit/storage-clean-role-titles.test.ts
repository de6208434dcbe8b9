/**
 * Migration 007: role titles and companies stored with Markdown marks before session 7
 * ("# Staff Software Engineer", "**Fernhill Logistics**") are cleaned; clean ones, and a title
 * whose "#" is part of the name ("C# Developer"), are left alone. A real SQLite file.
 */
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { up as cleanRoleTitles } from '../../src/server/storage/migrations/007_clean_role_titles.js';
import { openTempStorage, type TempStorage } from '../fixtures/work-history/storage.js';

let tmp: TempStorage;
let db: Kysely<unknown>;
beforeEach(async () => {
  tmp = await openTempStorage('roles-');
  db = tmp.storage.db as unknown as Kysely<unknown>;
  const now = new Date().toISOString();
  await sql`insert into sessions (id, owner_id, name, persona, difficulty, question_type, created_at, updated_at)
            values ('s1', 'alice', 'Practice', 'helpful', 'medium', 'mixed', ${now}, ${now})`.execute(db);
  const doc = (id: string, kind: string, title: string | null, company: string | null) =>
    sql`insert into documents (id, session_id, owner_id, kind, media_type, bytes, text, characters, role_title, company, created_at)
        values (${id}, 's1', 'alice', ${kind}, 'text/plain', ${Buffer.from('x')}, 'x', 1, ${title}, ${company}, ${now})`.execute(db);
  await doc('d1', 'job_description', '# Staff Software Engineer', '**Fernhill Logistics**');
  await doc('d2', 'job_description', 'C# Developer', 'Acme');
  await doc('d3', 'resume', '# Not a job title', null);
});
afterEach(() => tmp.cleanup());

const row = async (id: string) => (await sql<{ role_title: string | null; company: string | null }>`select role_title, company from documents where id = ${id}`.execute(db)).rows[0];

describe('migration 007: clean role titles', () => {
  it('strips Markdown marks from job descriptions stored before, and nothing else', async () => {
    await cleanRoleTitles(db);
    expect(await row('d1')).toEqual({ role_title: 'Staff Software Engineer', company: 'Fernhill Logistics' });
    expect(await row('d2')).toEqual({ role_title: 'C# Developer', company: 'Acme' });
    expect(await row('d3')).toEqual({ role_title: '# Not a job title', company: null });
  });

  it('is a no-op the second time', async () => {
    await cleanRoleTitles(db);
    const once = [await row('d1'), await row('d2')];
    await cleanRoleTitles(db);
    expect([await row('d1'), await row('d2')]).toEqual(once);
  });
});

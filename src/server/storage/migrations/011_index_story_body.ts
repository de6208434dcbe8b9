/**
 * Search holds a story's own words only: a remembered answer's question line
 * (`Question: “…”`, coach/story-text.ts) is no longer indexed or embedded, since
 * the job description it often quotes made such stories turn up for searches
 * they had nothing to do with. Stories stored with that line are re-indexed
 * (SQLite: their FTS5 row and its term counts; PostgreSQL: their tsvector), and
 * their vectors cleared for the background re-embedder to make from the story
 * alone; search runs on keywords for them meanwhile.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { QUESTION_OPEN, storyBody } from '../../coach/story-text.js';
import { createFts5Index } from '../../services/work-history/fts5-index.js';
import type { SearchIndex } from '../../services/work-history/search-index.js';
import { createTsvectorIndex } from '../../services/work-history/tsvector-index.js';
import type { Dialect } from '../dialect.js';

interface StoryRow {
  seq: number;
  owner_id: string;
  text: string;
  tags: string;
}

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const headed = `${QUESTION_OPEN}%`;
  const { rows } = await sql<StoryRow>`
    select seq, owner_id, text, ${dialect === 'postgres' ? sql`tags::text` : sql`tags`} as tags
    from work_history_snippets where text like ${headed}`.execute(db);
  if (rows.length === 0) return;
  const index: SearchIndex = dialect === 'postgres' ? createTsvectorIndex() : createFts5Index({ ownerTable: null });
  for (const r of rows) {
    const seq = Number(r.seq);
    if (dialect === 'sqlite') await index.remove(db, [seq]);
    await index.index(db, { seq, ownerId: r.owner_id, text: storyBody(r.text), tags: JSON.parse(r.tags) as string[] });
  }
  await sql`update work_history_snippets set embedding = null, embedding_model = null where text like ${headed}`.execute(db);
}

/**
 * Row-level access to work_history_snippets through Kysely (portable SQL).
 * Every read filters on owner_id; the full-text index is the SearchIndex's job.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { SnippetRow, WorkHistoryTables } from '../../storage/schema-work-history.js';
import type { Snippet, SnippetSource } from './types.js';

export type WorkHistoryDb = Kysely<Database & WorkHistoryTables>;

export interface NewRow {
  id: string;
  ownerId: string;
  text: string;
  source: SnippetSource;
  tags: string[];
  sessionId: string | null;
  contentHash: string;
  createdAt: string;
  embedding: Buffer | null;
  embeddingModel: string | null;
}

const PUBLIC_COLUMNS = ['seq', 'id', 'owner_id', 'text', 'source', 'tags', 'session_id', 'created_at'] as const;
export type PublicRow = Pick<SnippetRow, (typeof PUBLIC_COLUMNS)[number]>;

export function toSnippet(row: PublicRow): Snippet {
  return {
    id: row.id,
    ownerId: row.owner_id,
    text: row.text,
    source: row.source as SnippetSource,
    tags: JSON.parse(row.tags) as string[],
    sessionId: row.session_id,
    createdAt: row.created_at,
  };
}

/** Which of these hashes the owner has in `column`, 500 at a time (the IN list stays short). */
async function hashesIn(db: WorkHistoryDb, ownerId: string, column: 'content_hash' | 'original_hash', hashes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await db.selectFrom('work_history_snippets').select(column).where('owner_id', '=', ownerId).where(column, 'in', hashes.slice(i, i + 500)).execute();
    for (const r of rows) {
      const h = (r as Record<typeof column, string | null>)[column];
      if (h) found.add(h);
    }
  }
  return found;
}

/** Which of these content hashes the owner already has. */
export const existingHashes = (db: WorkHistoryDb, ownerId: string, hashes: string[]): Promise<Set<string>> => hashesIn(db, ownerId, 'content_hash', hashes);

/**
 * Which of these hashes the owner's stories had before being corrected: an
 * import skips them, so a re-import never brings back the uncorrected text.
 */
export const correctedHashes = (db: WorkHistoryDb, ownerId: string, hashes: string[]): Promise<Set<string>> => hashesIn(db, ownerId, 'original_hash', hashes);

/** Insert one row; returns its seq, or null when the owner already has this text (a concurrent import). */
export async function insertRow(db: WorkHistoryDb, r: NewRow): Promise<number | null> {
  const row = await db
    .insertInto('work_history_snippets')
    .values({
      id: r.id,
      owner_id: r.ownerId,
      text: r.text,
      source: r.source,
      tags: JSON.stringify(r.tags),
      session_id: r.sessionId,
      content_hash: r.contentHash,
      created_at: r.createdAt,
      embedding: r.embedding,
      embedding_model: r.embeddingModel,
    })
    .onConflict((oc) => oc.columns(['owner_id', 'content_hash']).doNothing())
    .returning('seq')
    .executeTakeFirst();
  return row ? Number(row.seq) : null;
}

export async function findById(db: WorkHistoryDb, ownerId: string, id: string): Promise<PublicRow | undefined> {
  return db
    .selectFrom('work_history_snippets')
    .select(PUBLIC_COLUMNS)
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Rows by seq for one owner, in the order of `seqs`. */
export async function findBySeqs(db: WorkHistoryDb, ownerId: string, seqs: number[]): Promise<PublicRow[]> {
  if (!seqs.length) return [];
  // Looked up by primary key, owner checked on each row: with `owner_id = ?` in
  // the WHERE clause SQLite walked the owner index (40 ms for a 100k-snippet owner).
  const rows = await db.selectFrom('work_history_snippets').select(PUBLIC_COLUMNS).where('seq', 'in', seqs).execute();
  const bySeq = new Map(rows.filter((r) => r.owner_id === ownerId).map((r) => [Number(r.seq), r]));
  return seqs.flatMap((s) => bySeq.get(s) ?? []);
}

export async function listRows(db: WorkHistoryDb, ownerId: string, limit: number, offset: number): Promise<PublicRow[]> {
  return db
    .selectFrom('work_history_snippets')
    .select(PUBLIC_COLUMNS)
    .where('owner_id', '=', ownerId)
    .orderBy('created_at', 'desc')
    .orderBy('seq', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countRows(db: WorkHistoryDb, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom('work_history_snippets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Rewrite one row's tags and, when given, its text with the text's hash and vector (null: none yet). */
export interface RowUpdate {
  tags: string[];
  text?: string;
  contentHash?: string;
  embedding?: Buffer | null;
  embeddingModel?: string | null;
}

/**
 * A new text also keeps the hash of the story's text before its first
 * correction (`original_hash`): SET reads the old row on SQLite and
 * PostgreSQL alike, so `coalesce(original_hash, content_hash)` is the hash
 * being replaced unless an earlier correction already saved one.
 */
export async function updateRow(db: WorkHistoryDb, seq: number, next: RowUpdate): Promise<void> {
  await db
    .updateTable('work_history_snippets')
    .set((eb) => ({
      tags: JSON.stringify(next.tags),
      ...(next.text !== undefined
        ? {
            text: next.text,
            content_hash: next.contentHash,
            original_hash: eb.fn.coalesce('original_hash', 'content_hash'),
            embedding: next.embedding ?? null,
            embedding_model: next.embeddingModel ?? null,
          }
        : {}),
    }))
    .where('seq', '=', seq)
    .execute();
}

/** The owner's snippet with this content hash, if any. */
export async function findByHash(db: WorkHistoryDb, ownerId: string, hash: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('work_history_snippets').select('id').where('owner_id', '=', ownerId).where('content_hash', '=', hash).executeTakeFirst();
}

export async function deleteBySeqs(db: WorkHistoryDb, ownerId: string, seqs: number[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < seqs.length; i += 500) {
    const res = await db
      .deleteFrom('work_history_snippets')
      .where('owner_id', '=', ownerId)
      .where('seq', 'in', seqs.slice(i, i + 500))
      .executeTakeFirst();
    n += Number(res.numDeletedRows);
  }
  return n;
}

/** A story about to be deleted, with what forgetting its copies needs: its text and its text's hash before any correction. */
export interface StoryToForget {
  seq: number;
  id: string;
  text: string;
  originalHash: string | null;
}

/** The owner's story with this id, or (no id) all the owner's stories, to delete and forget. */
export async function storiesToForget(db: WorkHistoryDb, ownerId: string, id?: string): Promise<StoryToForget[]> {
  let query = db.selectFrom('work_history_snippets').select(['seq', 'id', 'text', 'original_hash']).where('owner_id', '=', ownerId);
  if (id !== undefined) query = query.where('id', '=', id);
  const rows = await query.execute();
  return rows.map((r) => ({ seq: Number(r.seq), id: r.id, text: r.text, originalHash: r.original_hash }));
}

/** The owner's vectors made by `model` (others are stale and ignored until re-embedded). */
export async function ownerVectors(db: WorkHistoryDb, ownerId: string, model: string): Promise<Array<{ seq: number; embedding: Buffer }>> {
  const rows = await db
    .selectFrom('work_history_snippets')
    .select(['seq', 'embedding'])
    .where('owner_id', '=', ownerId)
    .where('embedding_model', '=', model)
    .execute();
  return rows.flatMap((r) => (r.embedding ? [{ seq: Number(r.seq), embedding: r.embedding }] : []));
}

/** The highest seq ever used: estimates how many snippets all owners hold, in O(log n). */
export async function maxSeq(db: WorkHistoryDb): Promise<number> {
  const row = await db.selectFrom('work_history_snippets').select((eb) => eb.fn.max('seq').as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

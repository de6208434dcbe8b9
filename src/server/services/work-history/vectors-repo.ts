/**
 * Queries for the background re-embedding job: find snippets whose vector is
 * missing, was made by another model or is unusable (empty, or another length
 * than the model's other vectors), and store new vectors. Lengths are compared
 * in bytes (Float32: 4 per dimension); `length()` of a blob (SQLite) and of a
 * bytea (PostgreSQL) both count bytes.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { WorkHistoryTables } from '../../storage/schema-work-history.js';
import type { WorkHistoryDb } from './repository.js';

type Eb = ExpressionBuilder<Database & WorkHistoryTables, 'work_history_snippets'>;

const bytes = sql<number>`length(embedding)`;

/** A row needs a (new) vector: none, another model's, or one of the wrong length (`dims` unknown: an empty one). */
function stale(eb: Eb, model: string, dims: number | null) {
  const wrongLength = dims === null ? eb(bytes, '=', 0) : eb(bytes, '!=', dims * 4);
  return eb.or([eb('embedding_model', 'is', null), eb('embedding_model', '!=', model), eb('embedding', 'is', null), wrongLength]);
}

/** Snippets (any owner) without a usable vector from `model`. */
export async function countStale(db: WorkHistoryDb, model: string, dims: number | null): Promise<number> {
  const row = await db
    .selectFrom('work_history_snippets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => stale(eb, model, dims))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The next batch of stale snippets after `afterSeq` (ascending, so a failing row cannot loop forever). */
export async function nextStale(db: WorkHistoryDb, model: string, dims: number | null, afterSeq: number, limit: number): Promise<Array<{ seq: number; text: string }>> {
  const rows = await db
    .selectFrom('work_history_snippets')
    .select(['seq', 'text'])
    .where('seq', '>', afterSeq)
    .where((eb) => stale(eb, model, dims))
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), text: r.text }));
}

export async function storeVector(db: WorkHistoryDb, seq: number, embedding: Buffer, model: string): Promise<void> {
  await db.updateTable('work_history_snippets').set({ embedding, embedding_model: model }).where('seq', '=', seq).execute();
}

/** How many of the owner's snippets have a usable vector from `model` (of `dims` dimensions, when known). */
export async function countOwnerVectors(db: WorkHistoryDb, ownerId: string, model: string, dims: number | null): Promise<number> {
  const row = await db
    .selectFrom('work_history_snippets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .where('embedding_model', '=', model)
    .where(bytes, dims === null ? '>' : '=', (dims ?? 0) * 4)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The length (in dimensions) most of `model`'s stored vectors have, or null when it has none. */
export async function storedDimension(db: WorkHistoryDb, model: string): Promise<number | null> {
  const row = await db
    .selectFrom('work_history_snippets')
    .select([bytes.as('bytes'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('embedding_model', '=', model)
    .where(bytes, '>', 0)
    .groupBy(bytes)
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.bytes) / 4 : null;
}

/**
 * The model's vector length, learnt once: from the stored vectors, else from
 * the first good reply. Shared by saving, the background job and the status.
 */
export interface VectorDims {
  known(db: WorkHistoryDb): Promise<number | null>;
  learn(dims: number | null): void;
}

export function vectorDims(model: string): VectorDims {
  let dims: number | null = null;
  return {
    async known(db) {
      dims ??= await storedDimension(db, model);
      return dims;
    },
    learn(n) {
      dims ??= n;
    },
  };
}

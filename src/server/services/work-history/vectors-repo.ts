/**
 * Queries for the background re-embedding job: find snippets whose vector is
 * missing or was made by another model, and store new vectors.
 */
import type { WorkHistoryDb } from './repository.js';

/** Snippets (any owner) without a vector from `model`. */
export async function countStale(db: WorkHistoryDb, model: string): Promise<number> {
  const row = await db
    .selectFrom('work_history_snippets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb('embedding_model', 'is', null), eb('embedding_model', '!=', model)]))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The next batch of stale snippets after `afterSeq` (ascending, so a failing row cannot loop forever). */
export async function nextStale(db: WorkHistoryDb, model: string, afterSeq: number, limit: number): Promise<Array<{ seq: number; text: string }>> {
  const rows = await db
    .selectFrom('work_history_snippets')
    .select(['seq', 'text'])
    .where('seq', '>', afterSeq)
    .where((eb) => eb.or([eb('embedding_model', 'is', null), eb('embedding_model', '!=', model)]))
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), text: r.text }));
}

export async function storeVector(db: WorkHistoryDb, seq: number, embedding: Buffer, model: string): Promise<void> {
  await db.updateTable('work_history_snippets').set({ embedding, embedding_model: model }).where('seq', '=', seq).execute();
}

/** How many of the owner's snippets have a vector from `model`. */
export async function countOwnerVectors(db: WorkHistoryDb, ownerId: string, model: string): Promise<number> {
  const row = await db
    .selectFrom('work_history_snippets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .where('embedding_model', '=', model)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

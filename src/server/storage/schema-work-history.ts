/**
 * Table types for work-history snippets. Merge `WorkHistoryTables` into
 * `Database` (schema.ts). The full-text index (FTS5 on SQLite) is not a Kysely
 * table: it is reached only through services/work-history/fts5-index.ts.
 */
import type { Generated, Selectable } from 'kysely';

export interface WorkHistorySnippetsTable {
  /** Integer key for the full-text index (FTS5 rowid); stable across VACUUM. */
  seq: Generated<number>;
  id: string;
  owner_id: string;
  text: string;
  source: string;
  /** JSON array of strings. */
  tags: string;
  session_id: string | null;
  /** sha256 of the normalised text: (owner_id, content_hash) is unique — the dedupe key. */
  content_hash: string;
  /**
   * The content hash the story had before its first correction (null: never
   * corrected). An import skips a chunk with this hash, so a re-import never
   * brings back text the user has since corrected (migration 009).
   */
  original_hash: string | null;
  /** Float32 little-endian vector, or null when embeddings are off or pending. */
  embedding: Buffer | null;
  /** Model that produced `embedding`; a different configured model marks it stale. */
  embedding_model: string | null;
  created_at: string;
}

export interface WorkHistoryTables {
  work_history_snippets: WorkHistorySnippetsTable;
}

export type SnippetRow = Selectable<WorkHistorySnippetsTable>;

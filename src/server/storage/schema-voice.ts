/**
 * Table types for the realtime voice transcript. Merge `VoiceTables` into
 * `Database` (schema.ts) the same way as the work-history tables.
 */
import type { Selectable } from 'kysely';

export interface VoiceTranscriptTable {
  id: string;
  owner_id: string;
  session_id: string;
  /** The realtime API's conversation item id; (session_id, item_id) is unique. */
  item_id: string;
  /** 'candidate' | 'coach' */
  role: string;
  text: string;
  question_id: string | null;
  /** ISO-8601 time the item started in the conversation (client clock). */
  at: string;
  /** Tie-break for equal `at`: the item's position as the client saw it. */
  seq: number;
  created_at: string;
}

export interface VoiceTables {
  voice_transcript: VoiceTranscriptTable;
}

export type VoiceTranscriptRow = Selectable<VoiceTranscriptTable>;

/**
 * Table types for recorded answer audio. Merge `AudioTables` into `Database`
 * (schema.ts): `export interface Database extends AudioTables { … }`
 * (or add `answer_audio: AnswerAudioTable` to it).
 */
import type { Selectable } from 'kysely';

// Type aliases (not interfaces) so Kysely's `withTables<AudioTables>()` accepts them.
export type AnswerAudioTable = {
  id: string;
  /** Unique: one recording per answer. */
  answer_id: string;
  owner_id: string;
  session_id: string;
  /** Sniffed from the bytes, e.g. "audio/webm". */
  media_type: string;
  bytes: Buffer;
  duration_seconds: number | null;
  created_at: string;
};

export type AudioTables = {
  answer_audio: AnswerAudioTable;
};

export type AnswerAudioRow = Selectable<AnswerAudioTable>;

/**
 * Recorded answer audio: stored beside the answer, readable and deletable by
 * its owner only, and capped at AUDIO_KEEP_PER_OWNER recordings per owner
 * (the oldest recordings are dropped; their answers and feedback stay).
 */
import { randomUUID } from 'node:crypto';
import type { Storage } from '../../storage/db.js';
import type { AudioTables } from '../../storage/schema-audio.js';

export interface NewAudio {
  answerId: string;
  ownerId: string;
  sessionId: string;
  mediaType: string;
  bytes: Buffer;
  durationSeconds: number | null;
}

export interface StoredAudio {
  mediaType: string;
  bytes: Buffer;
}

export interface AudioKey {
  ownerId: string;
  sessionId: string;
  answerId: string;
}

export function createAudioStore(storage: Storage, opts: { keepPerOwner: number }) {
  // The audio table is merged into the app's Database type by the lead; until then this view adds it.
  const db = storage.db.withTables<AudioTables>();

  /** Store a recording; returns false when retention is 0 (recordings are not kept at all). */
  async function save(audio: NewAudio): Promise<boolean> {
    if (opts.keepPerOwner <= 0) return false;
    await db
      .insertInto('answer_audio')
      .values({
        id: randomUUID(),
        answer_id: audio.answerId,
        owner_id: audio.ownerId,
        session_id: audio.sessionId,
        media_type: audio.mediaType,
        bytes: audio.bytes,
        duration_seconds: audio.durationSeconds,
        created_at: new Date().toISOString(),
      })
      .execute();
    await prune(audio.ownerId);
    return true;
  }

  /** Drop the owner's oldest recordings beyond the cap (ids only; pruning on every insert keeps this list short). */
  async function prune(ownerId: string): Promise<number> {
    const ids = await db
      .selectFrom('answer_audio')
      .select('id')
      .where('owner_id', '=', ownerId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const stale = ids.slice(opts.keepPerOwner).map((r) => r.id);
    if (stale.length === 0) return 0;
    await db.deleteFrom('answer_audio').where('id', 'in', stale).execute();
    return stale.length;
  }

  async function get(key: AudioKey): Promise<StoredAudio | null> {
    const row = await db
      .selectFrom('answer_audio')
      .select(['media_type', 'bytes'])
      .where('owner_id', '=', key.ownerId)
      .where('session_id', '=', key.sessionId)
      .where('answer_id', '=', key.answerId)
      .executeTakeFirst();
    return row ? { mediaType: row.media_type, bytes: Buffer.from(row.bytes) } : null;
  }

  /** Delete one recording; false when there was none for this owner. */
  async function remove(key: AudioKey): Promise<boolean> {
    const res = await db
      .deleteFrom('answer_audio')
      .where('owner_id', '=', key.ownerId)
      .where('session_id', '=', key.sessionId)
      .where('answer_id', '=', key.answerId)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  }

  return { save, get, remove, prune };
}

export type AudioStore = ReturnType<typeof createAudioStore>;

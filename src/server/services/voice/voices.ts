/**
 * The voice catalog and spoken previews. A preview is generated on first
 * request with the speech endpoint and cached on disk under
 * DATA_DIR/voice-previews, keyed by voice, speech model and preview text.
 *
 * Why disk and not the database: previews are the same for every owner,
 * hold no user data and can always be regenerated, so they are a cache, not
 * state. With several app instances each instance fills its own cache at a
 * cost of at most one speech call per voice (or they share DATA_DIR on a
 * volume — writes are atomic renames, so concurrent writers are safe).
 * Keeping them out of the database spares a migration and bytea traffic for
 * data that is never backed up on purpose.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VOICES, type Voice } from '../../../shared/voices.js';
import { AppError } from '../../errors.js';
import { capitalised, serviceName, upstreamError, voiceClient, voiceRequest, type VoiceConfig } from './upstream.js';

export interface VoiceInfo {
  id: Voice;
  name: string;
  previewUrl: string;
}

/** What every preview says; changing it changes the cache key. */
export const PREVIEW_TEXT = "Hello, I'll be your interviewer today. Take your time with each answer; there's no rush.";

/** The catalog in display order, with their preview URLs. */
export function voiceCatalog(): VoiceInfo[] {
  return VOICES.map((id) => ({ id, name: id.charAt(0).toUpperCase() + id.slice(1), previewUrl: `/api/voices/${id}/preview` }));
}

export function createVoicePreviews(config: VoiceConfig) {
  const dir = path.join(config.DATA_DIR, 'voice-previews');
  // Concurrent first requests for one voice share one speech call.
  const pending = new Map<string, Promise<Buffer>>();

  function fileFor(voice: Voice): string {
    const key = createHash('sha256').update(`${voice}\n${config.OPENAI_SPEECH_MODEL}\n${PREVIEW_TEXT}`).digest('hex').slice(0, 16);
    return path.join(dir, `${voice}-${key}.mp3`);
  }

  async function generate(voice: Voice, file: string): Promise<Buffer> {
    const client = voiceClient(config);
    let bytes: Buffer;
    try {
      const res = await voiceRequest(config, (req) => client.audio.speech.create({ model: config.OPENAI_SPEECH_MODEL, voice, input: PREVIEW_TEXT, response_format: 'mp3' }, req));
      bytes = Buffer.from(await res.arrayBuffer());
    } catch (err) {
      throw upstreamError(err, { what: 'making a voice preview', service: serviceName(config) });
    }
    if (bytes.length === 0) throw new AppError('upstream_failed', `${capitalised(serviceName(config))} sent an empty recording while making a voice preview. Check OPENAI_SPEECH_MODEL.`);
    await mkdir(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
    return bytes;
  }

  /** MP3 bytes of the preview for `voice`; `cached` tells whether a speech call was spared. */
  async function preview(voice: Voice): Promise<{ bytes: Buffer; cached: boolean }> {
    // Checked before the cache, so a server without a key says so even if old previews remain.
    voiceClient(config);
    const file = fileFor(voice);
    try {
      return { bytes: await readFile(file), cached: true };
    } catch {
      // Not cached yet.
    }
    let job = pending.get(file);
    if (!job) {
      job = generate(voice, file).finally(() => pending.delete(file));
      pending.set(file, job);
    }
    return { bytes: await job, cached: false };
  }

  return { preview };
}

export type VoicePreviews = ReturnType<typeof createVoicePreviews>;

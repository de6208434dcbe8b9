/**
 * Minting a short-lived realtime client secret (OpenAI Realtime GA,
 * `POST /v1/realtime/client_secrets`) with the whole session configuration
 * pinned server-side: model, voice, instructions, input transcription on (so
 * the candidate's side is kept) and a patient turn detection (interview
 * answers have pauses). The browser receives only the ephemeral secret and
 * the calls URL; the real key never leaves the server.
 */
import type { RealtimeSessionCreateRequest } from 'openai/resources/realtime/realtime';
import type { Voice } from '../../../shared/voices.js';
import { shownUrl } from './calls.js';
import { AppError } from '../../errors.js';
import { capitalised, serviceName, upstreamError, voiceClient, voiceRequest, type VoiceConfig } from './upstream.js';

/** How long the secret may be used to start a call; the call itself may run longer. */
export const SECRET_TTL_SECONDS = 120;
/** Server VAD: wait this long in silence before the coach may speak. */
export const SERVER_VAD_SILENCE_MS = 1200;

export interface MintedSecret {
  clientSecret: string;
  /** ISO-8601 time after which the secret can no longer start a call. */
  expiresAt: string;
  model: string;
  voice: Voice;
  /** Where the browser POSTs its SDP offer (OPENAI_REALTIME_URL). */
  callsUrl: string;
}

type TurnDetection = NonNullable<NonNullable<RealtimeSessionCreateRequest['audio']>['input']>['turn_detection'];

/** Turn detection from config: semantic VAD with low eagerness, or server VAD with ≥ 1 s of silence. */
export function turnDetection(kind: VoiceConfig['REALTIME_TURN_DETECTION']): TurnDetection {
  if (kind === 'server_vad') {
    return { type: 'server_vad', silence_duration_ms: SERVER_VAD_SILENCE_MS, prefix_padding_ms: 300, threshold: 0.5 };
  }
  return { type: 'semantic_vad', eagerness: 'low' };
}

/** The session configuration sent with the mint request. */
export function realtimeSession(config: VoiceConfig, opts: { instructions: string; voice: Voice }): RealtimeSessionCreateRequest {
  return {
    type: 'realtime',
    model: config.OPENAI_REALTIME_MODEL,
    instructions: opts.instructions,
    output_modalities: ['audio'],
    audio: {
      input: {
        transcription: { model: config.OPENAI_TRANSCRIBE_MODEL },
        turn_detection: turnDetection(config.REALTIME_TURN_DETECTION),
      },
      output: { voice: opts.voice },
    },
  };
}

/** What to check when minting is refused with 400/404: where the secret is asked for, and the model. */
function mintCheck(config: VoiceConfig): string {
  const base = config.OPENAI_BASE_URL ? shownUrl(config.OPENAI_BASE_URL) : 'https://api.openai.com/v1';
  return `Check the server's OPENAI_BASE_URL setting (${base}) and that OPENAI_REALTIME_MODEL ("${config.OPENAI_REALTIME_MODEL}") is a realtime model that service offers.`;
}

/** Mint a client secret for one realtime call. Throws AppError (needs_api_key, upstream_*). */
export async function mintClientSecret(config: VoiceConfig, opts: { instructions: string; voice: Voice }): Promise<MintedSecret> {
  const client = voiceClient(config);
  const what = 'starting a voice session';
  let created;
  try {
    const body = { expires_after: { anchor: 'created_at' as const, seconds: SECRET_TTL_SECONDS }, session: realtimeSession(config, opts) };
    created = await voiceRequest(config, (req) => client.realtime.clientSecrets.create(body, req));
  } catch (err) {
    throw upstreamError(err, { what, check: mintCheck(config), service: serviceName(config) });
  }
  if (typeof created?.value !== 'string' || created.value === '') {
    // It answered, so it was reached: say what was wrong with the answer.
    throw new AppError('upstream_failed', `${capitalised(serviceName(config))} answered without a client secret while ${what}. ${mintCheck(config)}`);
  }
  return {
    clientSecret: created.value,
    // Some compatible servers omit expires_at: fall back to the TTL we asked for.
    expiresAt: new Date(typeof created.expires_at === 'number' ? created.expires_at * 1000 : Date.now() + SECRET_TTL_SECONDS * 1000).toISOString(),
    model: config.OPENAI_REALTIME_MODEL,
    voice: opts.voice,
    callsUrl: config.OPENAI_REALTIME_URL,
  };
}

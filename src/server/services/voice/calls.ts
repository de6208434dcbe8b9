/**
 * Starting the WebRTC call itself: the browser's SDP offer, sent with the
 * ephemeral client secret, goes through this server to OPENAI_REALTIME_URL
 * and the SDP answer comes back. Only the offer/answer pass here; audio and
 * events then flow directly between the browser and the realtime service.
 *
 * Why through the server: a browser's cross-origin request that fails (a 404
 * without CORS headers, a wrong host, a refused connection) only ever shows
 * up as "network error", so the user was told to check their internet when
 * the real problem was a setting. Here every failure is seen as it is and
 * becomes an AppError that names what to check (OPENAI_REALTIME_URL,
 * OPENAI_REALTIME_MODEL). Upstream bodies are never passed on.
 */
import { AppError } from '../../errors.js';
import type { VoiceConfig } from './upstream.js';

/** The route the browser posts its offer to (same origin as the page). */
export const CALLS_PATH = '/api/voice/calls';
/** The answer to an offer takes a moment upstream; past this (or OPENAI_TIMEOUT_MS, if shorter) the user is better told. */
export const SDP_TIMEOUT_MS = 20_000;
/** Never wait less than this for an answer, however short OPENAI_TIMEOUT_MS is (it is sized for chat replies). */
const MIN_SDP_TIMEOUT_MS = 5000;

export type CallsConfig = Pick<VoiceConfig, 'OPENAI_REALTIME_URL' | 'OPENAI_REALTIME_MODEL' | 'OPENAI_TIMEOUT_MS'>;

/** The URL as safe to show: no credentials, query or fragment. */
export function shownUrl(url: string): string {
  if (!URL.canParse(url)) return 'the configured URL';
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** What to check when the calls endpoint answered with an error status. */
function statusError(status: number, config: CallsConfig): AppError {
  const where = `The realtime voice service (${shownUrl(config.OPENAI_REALTIME_URL)})`;
  if (status === 401 || status === 403) {
    return new AppError('upstream_failed', `${where} refused the voice session (HTTP ${status}). It may have expired: press Start again. If this keeps happening, check OPENAI_API_KEY.`);
  }
  if (status === 429) return new AppError('rate_limited', `${where} is rate-limiting calls (HTTP 429). Wait a minute, then press Start again.`);
  if (status >= 500) return new AppError('upstream_failed', `${where} failed to start the call (HTTP ${status}). Try again in a moment.`);
  return new AppError(
    'upstream_failed',
    `${where} answered HTTP ${status} to the call. Check the server's OPENAI_REALTIME_URL setting (it must be the WebRTC calls endpoint, ` +
      `e.g. https://api.openai.com/v1/realtime/calls) and that OPENAI_REALTIME_MODEL ("${config.OPENAI_REALTIME_MODEL}") is a realtime model that service offers.`,
  );
}

/** A thrown fetch error as an AppError: our timeout, or the service not reachable at all. */
function fetchError(err: unknown, config: CallsConfig, timeoutMs: number): AppError {
  const where = shownUrl(config.OPENAI_REALTIME_URL);
  if (err instanceof DOMException && err.name === 'TimeoutError') {
    return new AppError('upstream_timeout', `The realtime voice service (${where}) did not answer the call within ${Math.round(timeoutMs / 1000)} s. Try again in a moment.`, { cause: err });
  }
  return new AppError(
    'upstream_failed',
    `This server could not reach the realtime voice service at ${where}. Check the server's OPENAI_REALTIME_URL setting and its network connection.`,
    { cause: err },
  );
}

/**
 * Send the offer to OPENAI_REALTIME_URL with the client secret; resolve with
 * the SDP answer. Throws AppError (upstream_failed, upstream_timeout, rate_limited).
 */
export async function exchangeSdp(config: CallsConfig, clientSecret: string, offer: string): Promise<string> {
  const timeoutMs = Math.min(SDP_TIMEOUT_MS, Math.max(config.OPENAI_TIMEOUT_MS, MIN_SDP_TIMEOUT_MS));
  let res: Response;
  try {
    res = await fetch(config.OPENAI_REALTIME_URL, {
      method: 'POST',
      body: offer,
      headers: { 'content-type': 'application/sdp', authorization: `Bearer ${clientSecret}` },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (err) {
    throw fetchError(err, config, timeoutMs);
  }
  const body = await res.text().catch(() => '');
  if (!res.ok) throw statusError(res.status, config);
  if (!body.startsWith('v=')) {
    throw new AppError(
      'upstream_failed',
      `The realtime voice service (${shownUrl(config.OPENAI_REALTIME_URL)}) answered the call with something that is not an SDP answer. Check the server's OPENAI_REALTIME_URL setting: it must be the WebRTC calls endpoint.`,
    );
  }
  return body;
}

/**
 * One WebRTC call to the realtime endpoint (OpenAI Realtime GA, or a local
 * peer in tests): the microphone track goes out, the coach's audio comes back
 * on a track, and JSON events flow on the `oai-events` data channel. The SDP
 * offer is POSTed with the ephemeral secret to this app's server (CALLS_PATH),
 * which forwards it to the realtime service; the response status is checked
 * before its body is used as an SDP answer.
 */
import { errorFrom } from '../../api/client.js';
import type { RealtimeEvent } from './ordering.js';

export interface CallHandlers {
  onEvent(event: RealtimeEvent & Record<string, unknown>): void;
  onRemoteStream(stream: MediaStream): void;
  /** The data channel opened: the call is usable. */
  onOpen(): void;
  /** The connection reports disconnected/failed: say so now, before the grace period decides. */
  onUnsteady(): void;
  /** It recovered within the grace period. */
  onSteady(): void;
  /** The call dropped (network, remote hang-up) after it was open. */
  onDrop(reason: string): void;
}

export interface RealtimeCall {
  send(event: Record<string, unknown>): void;
  close(): void;
}

/** How long to wait for ICE candidates before sending the offer anyway. */
const GATHER_TIMEOUT_MS = 1500;
/** "disconnected" often recovers by itself; only call it a drop after this long. */
const DISCONNECT_GRACE_MS = 4000;

/** Wait until ICE gathering completes (so the offer carries our candidates), or the timeout. */
function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      pc.removeEventListener('icegatheringstatechange', check);
      clearTimeout(timer);
      resolve();
    };
    const check = () => {
      if (pc.iceGatheringState === 'complete') done();
    };
    const timer = setTimeout(done, GATHER_TIMEOUT_MS);
    pc.addEventListener('icegatheringstatechange', check);
  });
}

/**
 * Where the offer goes: this app's server, which forwards it to the realtime
 * service (OPENAI_REALTIME_URL) and can tell a refused call from an unreachable
 * one — a failed cross-origin request would look like "no internet" either way.
 */
export const CALLS_PATH = '/api/voice/calls';

/** Network failures reaching this app's own server (not the voice service). */
export const OWN_SERVER_UNREACHABLE = "Could not reach this app's server to start the call. Check that it is still running and that you are online, then press Start again.";

/** POST the offer; a failure becomes an Error with a message fit to show (the server's own, never an upstream body). */
async function exchangeSdp(clientSecret: string, offer: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(CALLS_PATH, {
      method: 'POST',
      body: offer,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/sdp', Authorization: `Bearer ${clientSecret}` },
    });
  } catch {
    throw new Error(OWN_SERVER_UNREACHABLE);
  }
  // The server's `{ error: { code, message } }` already says what to check (OPENAI_REALTIME_URL, the model, the key).
  if (!res.ok) throw await errorFrom(res);
  const answer = await res.text();
  if (!answer.startsWith('v=')) throw new Error('The voice service sent an unreadable answer. Try again in a moment.');
  return answer;
}

export interface OpenCallOptions {
  /**
   * The realtime service's calls URL as the server reports it (OPENAI_REALTIME_URL). Not fetched from the
   * browser any more: the offer always goes through CALLS_PATH. Kept so callers need not change.
   */
  callsUrl?: string;
  clientSecret: string;
  mic: MediaStream;
  handlers: CallHandlers;
}

/** Open a call. Resolves once the SDP exchange is done; `onOpen` fires when events can flow. */
export async function openCall(opts: OpenCallOptions): Promise<RealtimeCall> {
  const { handlers } = opts;
  const pc = new RTCPeerConnection();
  let open = false;
  let closed = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const drop = (reason: string) => {
    if (closed || !open) return;
    closed = true;
    pc.close();
    handlers.onDrop(reason);
  };

  pc.ontrack = (e) => handlers.onRemoteStream(e.streams[0] ?? new MediaStream([e.track]));
  for (const track of opts.mic.getAudioTracks()) pc.addTrack(track, opts.mic);
  pc.onconnectionstatechange = () => {
    clearTimeout(graceTimer);
    const state = pc.connectionState;
    if (!open || closed) return;
    if (state === 'failed') drop('The connection to the voice service failed.');
    if (state === 'disconnected') {
      handlers.onUnsteady();
      graceTimer = setTimeout(() => drop('The connection to the voice service was lost.'), DISCONNECT_GRACE_MS);
    }
    if (state === 'connected') handlers.onSteady();
  };

  const dc = pc.createDataChannel('oai-events');
  dc.onopen = () => {
    open = true;
    handlers.onOpen();
  };
  dc.onclose = () => drop('The voice service ended the call.');
  dc.onmessage = (e) => {
    try {
      const ev = JSON.parse(String(e.data)) as RealtimeEvent & Record<string, unknown>;
      if (ev && typeof ev.type === 'string') handlers.onEvent(ev);
    } catch {
      // A non-JSON message is not an event; ignore it rather than end the call.
    }
  };

  try {
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc);
    const answer = await exchangeSdp(opts.clientSecret, pc.localDescription?.sdp ?? '');
    await pc.setRemoteDescription({ type: 'answer', sdp: answer });
  } catch (err) {
    closed = true;
    pc.close();
    throw err;
  }

  return {
    send: (event) => {
      if (dc.readyState === 'open') dc.send(JSON.stringify(event));
    },
    close: () => {
      closed = true;
      clearTimeout(graceTimer);
      dc.close();
      pc.close();
    },
  };
}

/**
 * A local fake of the OpenAI Realtime GA WebRTC endpoint, for browser tests.
 *
 *   const peer = await startFakeRealtimePeer();             // default script
 *   // app env: OPENAI_REALTIME_URL=peer.url
 *   ... browser POSTs its SDP offer to peer.url ...
 *   expect(peer.calls[0]!.audioPackets).toBeGreaterThan(0);
 *   await peer.close();
 *
 * `POST /v1/realtime/calls` takes an SDP offer (`Content-Type: application/sdp`,
 * `Authorization: Bearer <ephemeral secret>`) and answers it with a werift
 * peer (pure-JS WebRTC): it accepts the `oai-events` data channel, receives
 * the microphone track (counting RTP packets), and plays a script of GA server
 * events. Host candidates only (loopback included), no STUN, so headless
 * Chromium on the same machine can connect. CORS is answered like the real
 * endpoint, since the page and the peer are on different origins.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RTCPeerConnection, useOPUS, type RTCDataChannel } from 'werift';

export interface ServerEvent {
  type: string;
  [key: string]: unknown;
}

/** What a script can do with one call. */
export interface PeerCall {
  authorization: string;
  offerSdp: string;
  /** RTP packets received on the microphone track so far. */
  audioPackets: number;
  /** Client events received on the data channel, parsed. */
  received: ServerEvent[];
  send(event: ServerEvent): void;
  /** Resolve when the client sent an event of this type (or already has). */
  waitForClient(type: string, timeoutMs?: number): Promise<ServerEvent>;
  /** Resolve when at least `n` audio packets arrived. */
  waitForAudio(n: number, timeoutMs?: number): Promise<void>;
  /** Close the peer connection (the browser sees a drop). */
  hangUp(): Promise<void>;
}

export type PeerScript = (call: PeerCall) => Promise<void>;

export interface FakeRealtimePeer {
  /** The calls URL to give the app as OPENAI_REALTIME_URL. */
  url: string;
  calls: PeerCall[];
  /** Errors thrown by scripts (a test should assert this is empty). */
  scriptErrors: unknown[];
  close(): Promise<void>;
}

export interface PeerOptions {
  /** The ephemeral secret to accept (default: the fake OpenAI server's `ek_fake_secret`). */
  secret?: string;
  script?: PeerScript;
}

let eventCounter = 0;
const eventId = () => `event_${++eventCounter}`;

/** Events the GA API sends while the model speaks one item, split into deltas. */
export function coachTurn(itemId: string, previousItemId: string | null, text: string, responseId = `resp_${itemId}`): ServerEvent[] {
  const words = text.split(/(?<= )/);
  return [
    { type: 'response.created', response: { id: responseId, object: 'realtime.response', status: 'in_progress' } },
    { type: 'conversation.item.added', previous_item_id: previousItemId, item: { id: itemId, type: 'message', role: 'assistant', status: 'in_progress', content: [] } },
    ...words.map((delta) => ({ type: 'response.output_audio_transcript.delta', response_id: responseId, item_id: itemId, output_index: 0, content_index: 0, delta })),
    { type: 'response.output_audio_transcript.done', response_id: responseId, item_id: itemId, output_index: 0, content_index: 0, transcript: text },
    { type: 'response.done', response: { id: responseId, object: 'realtime.response', status: 'completed' } },
  ];
}

/** Events for the candidate's speech being detected and committed (transcript comes separately). */
export function candidateCommitted(itemId: string, previousItemId: string | null): ServerEvent[] {
  return [
    { type: 'input_audio_buffer.speech_started', item_id: itemId, audio_start_ms: 0 },
    { type: 'input_audio_buffer.speech_stopped', item_id: itemId, audio_end_ms: 1800 },
    { type: 'input_audio_buffer.committed', item_id: itemId, previous_item_id: previousItemId },
    { type: 'conversation.item.added', previous_item_id: previousItemId, item: { id: itemId, type: 'message', role: 'user', status: 'completed', content: [{ type: 'input_audio', transcript: null }] } },
  ];
}

export function candidateTranscript(itemId: string, transcript: string): ServerEvent {
  return { type: 'conversation.item.input_audio_transcription.completed', item_id: itemId, content_index: 0, transcript };
}

export const DEFAULT_LINES = {
  greeting: 'Hello Marta, welcome. Tell me about a time you cut response times for customers.',
  answer: 'At Tidewater I rebuilt the triage rota and first response fell from nine hours to forty minutes.',
  followUp: 'Thank you. What did you do yourself to make that happen?',
};

/**
 * The default script: greet on `response.create`; once microphone audio
 * arrives, commit a candidate turn, have the coach reply — and only then
 * deliver the candidate's transcript, as the real API often does, so the
 * client must order by item rather than by arrival.
 */
export const defaultScript: PeerScript = async (call) => {
  call.send({ type: 'session.created', session: { type: 'realtime', id: 'sess_fake', model: 'fake-realtime' } });
  await call.waitForClient('response.create');
  for (const ev of coachTurn('item_coach_1', null, DEFAULT_LINES.greeting)) call.send(ev);
  await call.waitForAudio(25);
  for (const ev of candidateCommitted('item_user_1', 'item_coach_1')) call.send(ev);
  for (const ev of coachTurn('item_coach_2', 'item_user_1', DEFAULT_LINES.followUp)) call.send(ev);
  call.send(candidateTranscript('item_user_1', DEFAULT_LINES.answer));
};

function cors(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'authorization, content-type');
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`fake peer: timed out waiting for ${what}`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

/** Answer one SDP offer and run the script once the data channel opens. */
async function answerOffer(offerSdp: string, authorization: string, script: PeerScript, errors: unknown[]): Promise<{ call: PeerCall; answer: string; pc: RTCPeerConnection }> {
  const pc = new RTCPeerConnection({ codecs: { audio: [useOPUS()] }, iceUseIpv6: false, iceAdditionalHostAddresses: ['127.0.0.1'] });
  let channel: RTCDataChannel | undefined;
  const call: PeerCall = {
    authorization,
    offerSdp,
    audioPackets: 0,
    received: [],
    send: (event) => channel?.send(JSON.stringify({ event_id: eventId(), ...event })),
    waitForClient: async (type, timeoutMs = 15_000) => {
      await until(() => call.received.some((e) => e.type === type), timeoutMs, `client event ${type}`);
      return call.received.find((e) => e.type === type)!;
    },
    waitForAudio: (n, timeoutMs = 15_000) => until(() => call.audioPackets >= n, timeoutMs, `${n} audio packets`),
    hangUp: () => pc.close(),
  };
  pc.onTransceiverAdded.subscribe((t) => {
    t.onTrack.subscribe((track) => {
      track.onReceiveRtp.subscribe(() => {
        call.audioPackets++;
      });
    });
  });
  pc.onDataChannel.subscribe((dc) => {
    if (dc.label !== 'oai-events') return;
    channel = dc;
    dc.onMessage.subscribe((data) => {
      try {
        call.received.push(JSON.parse(data.toString()) as ServerEvent);
      } catch {
        errors.push(new Error(`fake peer: client sent non-JSON: ${data.toString().slice(0, 80)}`));
      }
    });
    // The channel is open when it is announced to the answerer.
    script(call).catch((err: unknown) => errors.push(err));
  });
  await pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
  await pc.setLocalDescription(await pc.createAnswer());
  if (pc.iceGatheringState !== 'complete') {
    await new Promise<void>((resolve) => {
      const sub = pc.iceGatheringStateChange.subscribe((state) => {
        if (state === 'complete') {
          sub.unSubscribe();
          resolve();
        }
      });
    });
  }
  return { call, answer: pc.localDescription!.sdp, pc };
}

/** Start the fake peer on 127.0.0.1 with an ephemeral port. */
export async function startFakeRealtimePeer(opts: PeerOptions = {}): Promise<FakeRealtimePeer> {
  const secret = opts.secret ?? 'ek_fake_secret';
  const script = opts.script ?? defaultScript;
  const calls: PeerCall[] = [];
  const errors: unknown[] = [];
  const peers: RTCPeerConnection[] = [];

  const server = createServer((req, res) => {
    void (async () => {
      cors(res);
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      if (req.method !== 'POST' || !req.url?.startsWith('/v1/realtime/calls')) return void res.writeHead(404).end();
      const type = req.headers['content-type'] ?? '';
      const auth = req.headers.authorization ?? '';
      const offer = await readText(req);
      if (!type.startsWith('application/sdp')) return void res.writeHead(415, { 'content-type': 'application/json' }).end('{"error":{"message":"Content-Type must be application/sdp"}}');
      if (auth !== `Bearer ${secret}`) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"message":"bad ephemeral key"}}');
      const { call, answer, pc } = await answerOffer(offer, auth, script, errors);
      calls.push(call);
      peers.push(pc);
      res.writeHead(201, { 'content-type': 'application/sdp', location: `/v1/realtime/calls/rtc_fake_${calls.length}` }).end(answer);
    })().catch((err: unknown) => {
      errors.push(err);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/realtime/calls`,
    calls,
    scriptErrors: errors,
    close: async () => {
      await Promise.all(peers.map((p) => p.close().catch(() => undefined)));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

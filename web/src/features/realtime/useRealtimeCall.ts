/**
 * The state of a realtime voice interview: start (mic → mint → call), mute,
 * stop, bounded reconnect when the call drops, the live transcript (ordered
 * by item) and an event log for troubleshooting. Completed items are handed
 * to `onCompleted` (which saves them); the audio never leaves the call.
 *
 * A reconnect mints a new call with `resume: true`, so the server tells the
 * interviewer this is a resumed interview (no second greeting, no repeated
 * questions). Reconnects are limited in total (reconnect.ts: MAX_RECONNECTS
 * within RECONNECT_WINDOW_MS), not only per drop: a peer that connects and drops
 * again and again must end in an error, not in endless new calls.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api/client.js';
import { claimMic, MIC_BUSY, releaseMic as releaseMicLock } from '../voice/mic-lock.js';
import { mintCall, type StoryCitation } from './api.js';
import { openCall, type CallHandlers, type RealtimeCall } from './connection.js';
import { openMicrophone } from './micErrors.js';
import { allowReconnect, gaveUpMessage, RECONNECT_DELAYS_MS } from './reconnect.js';
import { applyEvent, emptyConversation, endCall, type Conversation, type LiveItem, type RealtimeEvent } from './ordering.js';

export type CallStage = 'idle' | 'starting' | 'live' | 'reconnecting' | 'ended' | 'error';

export interface LogEntry {
  n: number;
  time: string;
  dir: 'in' | 'out' | 'info';
  type: string;
  detail: string;
}

const LOG_LIMIT = 200;

function summarize(ev: RealtimeEvent & Record<string, unknown>): string {
  const id = ev.item_id ?? ev.item?.id;
  const err = (ev.error as { message?: string } | undefined)?.message;
  return [id ? `item ${id}` : '', err ?? ''].filter(Boolean).join(' · ');
}

export function useRealtimeCall(opts: { sessionId: string; voice: string | null; onCompleted: (item: LiveItem, c: Conversation) => void }) {
  const [stage, setStage] = useState<CallStage>('idle');
  const [error, setError] = useState<string | null>(null);
  const [muted, setMuted] = useState(false);
  const [conversation, setConversation] = useState<Conversation>(emptyConversation);
  const [log, setLog] = useState<LogEntry[]>([]);
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const [stories, setStories] = useState<StoryCitation[] | null>(null);

  const convRef = useRef<Conversation>(emptyConversation);
  const callRef = useRef<RealtimeCall | null>(null);
  const micRef = useRef<MediaStream | null>(null);
  const stoppedRef = useRef(true);
  /** Times of recent drops (the reconnect budget). */
  const dropsRef = useRef<number[]>([]);
  /** The interview was cut off (not stopped by the user): the next Start resumes it. */
  const cutRef = useRef(false);
  const logN = useRef(0);
  const optsRef = useRef(opts);
  const reconnectRef = useRef<(reason: string) => Promise<void>>(async () => {});
  optsRef.current = opts;

  const note = useCallback((dir: LogEntry['dir'], type: string, detail = '') => {
    const entry = { n: ++logN.current, time: new Date().toISOString().slice(11, 23), dir, type, detail };
    setLog((l) => [...l.slice(-(LOG_LIMIT - 1)), entry]);
  }, []);

  const onEvent = useCallback(
    (ev: RealtimeEvent & Record<string, unknown>) => {
      // Deltas are many and carry only text: count them in the log by type, not content.
      note('in', ev.type, summarize(ev));
      if (ev.type === 'error') setError(`The voice service reported an error: ${String((ev.error as { message?: string } | undefined)?.message ?? 'unknown')}`);
      const r = applyEvent(convRef.current, ev);
      if (r.conversation === convRef.current) return;
      convRef.current = r.conversation;
      setConversation(r.conversation);
      if (r.completed) optsRef.current.onCompleted(r.completed, r.conversation);
    },
    [note],
  );

  /** The current call is over: lines it left unfinished are cut off; the next call's lines go after them. */
  const closeConversation = useCallback(() => {
    convRef.current = endCall(convRef.current);
    setConversation(convRef.current);
  }, []);

  const releaseMic = () => {
    micRef.current?.getTracks().forEach((t) => t.stop());
    micRef.current = null;
    releaseMicLock('interview');
  };

  const handlers = useCallback(
    (): CallHandlers => ({
      onEvent,
      onRemoteStream: setRemote,
      onOpen: () => {
        if (stoppedRef.current) return; // Stopped while connecting: stop() closes this call.
        note('info', 'connected');
        setStage('live');
        // Ask the coach to speak first: the greeting and the first question (or, resumed, where it left off).
        const greet = { type: 'response.create' };
        callRef.current?.send(greet);
        note('out', greet.type);
      },
      // Said at once; whether to reconnect is decided after the grace period (onDrop).
      onUnsteady: () => !stoppedRef.current && setStage('reconnecting'),
      onSteady: () => !stoppedRef.current && setStage('live'),
      // Through a ref: reconnect is defined below and itself calls connect.
      onDrop: (reason) => void reconnectRef.current(reason),
    }),
    [note, onEvent],
  );

  /** Mint a secret and open a call (`resume`: continue the interview so far); throws with a message fit to show. */
  const connect = useCallback(
    async (resume: boolean): Promise<void> => {
      const minted = await mintCall(optsRef.current.sessionId, optsRef.current.voice ?? undefined, resume);
      note('info', 'minted', `model ${minted.model} · voice ${minted.voice}${resume ? ' · resumed' : ''}`);
      setStories(minted.stories);
      const call = await openCall({ callsUrl: minted.callsUrl, clientSecret: minted.clientSecret, mic: micRef.current!, handlers: handlers() });
      callRef.current = call;
      // Stop was pressed while the offer was on its way: end the call that just opened.
      if (stoppedRef.current) {
        call.close();
        callRef.current = null;
      }
    },
    [handlers, note],
  );

  const giveUp = useCallback((message: string) => {
    stoppedRef.current = true;
    cutRef.current = true;
    releaseMic();
    setStage('error');
    setError(message);
  }, []);

  const reconnect = useCallback(
    async (reason: string) => {
      callRef.current = null;
      if (stoppedRef.current) return;
      note('info', 'dropped', reason);
      closeConversation();
      const budget = allowReconnect(dropsRef.current, Date.now());
      dropsRef.current = budget.drops;
      if (!budget.allowed) return giveUp(gaveUpMessage(reason, true));
      for (const delay of RECONNECT_DELAYS_MS) {
        setStage('reconnecting');
        await new Promise((r) => setTimeout(r, delay));
        if (stoppedRef.current) return;
        try {
          return await connect(true);
        } catch (err) {
          note('info', 'reconnect_failed', messageOf(err));
        }
      }
      giveUp(gaveUpMessage(reason, false));
    },
    [closeConversation, connect, giveUp, note],
  );
  useEffect(() => {
    reconnectRef.current = reconnect;
  }, [reconnect]);

  const start = useCallback(async () => {
    // One microphone user at a time: a turn-based recording holds it.
    if (!claimMic('interview')) {
      setError(MIC_BUSY.recording);
      return;
    }
    setError(null);
    setStage('starting');
    stoppedRef.current = false;
    dropsRef.current = [];
    try {
      micRef.current = await openMicrophone();
      if (stoppedRef.current) return releaseMic(); // Stopped while the browser asked for the microphone.
      setMuted(false);
      await connect(cutRef.current);
      cutRef.current = false;
    } catch (err) {
      if (stoppedRef.current) return; // Stopped while connecting: not a failure to report.
      stoppedRef.current = true;
      releaseMic();
      setStage('error');
      setError(messageOf(err));
      note('info', 'start_failed', messageOf(err));
    }
  }, [connect, note]);

  const stop = useCallback(() => {
    stoppedRef.current = true;
    cutRef.current = false;
    callRef.current?.close();
    callRef.current = null;
    closeConversation();
    releaseMic();
    setRemote(null);
    setStage('ended');
    note('info', 'stopped');
  }, [closeConversation, note]);

  const toggleMute = useCallback(() => {
    const next = !muted;
    micRef.current?.getAudioTracks().forEach((t) => (t.enabled = !next));
    setMuted(next);
    note('info', next ? 'muted' : 'unmuted');
  }, [muted, note]);

  // Leaving the page ends the call and frees the microphone.
  useEffect(
    () => () => {
      stoppedRef.current = true;
      callRef.current?.close();
      micRef.current?.getTracks().forEach((t) => t.stop());
      releaseMicLock('interview');
    },
    [],
  );

  return { stage, error, muted, conversation, log, remote, stories, start, stop, toggleMute, clearError: () => setError(null) };
}

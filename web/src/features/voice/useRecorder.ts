/**
 * Recording one answer: microphone → MediaRecorder (a supported MIME type)
 * and, in parallel, Web Audio level metering → speech/silence segments.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { micMessage } from './micMessage.js';
import { recordingUnsupported } from './recorder-support.js';
import { pickMimeType } from './mime.js';
import { rms, type Segment, SpeechSegmenter } from './segmenter.js';

export interface Recording {
  blob: Blob;
  mimeType: string;
  durationSeconds: number;
  segments: Segment[];
}

export type RecorderState = 'idle' | 'starting' | 'recording' | 'stopping';

/** How often the level is read (ms): fine enough for 1.5 s pauses, cheap enough for any laptop. */
const METER_MS = 50;

interface Live {
  stream: MediaStream;
  recorder: MediaRecorder;
  ctx: AudioContext;
  timer: ReturnType<typeof setInterval>;
  chunks: Blob[];
  segmenter: SpeechSegmenter;
  t0: number;
}

export function useRecorder() {
  const [state, setState] = useState<RecorderState>('idle');
  const [error, setError] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [level, setLevel] = useState(0);
  const [speaking, setSpeaking] = useState(false);
  const live = useRef<Live | null>(null);

  const release = useCallback(() => {
    const l = live.current;
    live.current = null;
    if (!l) return;
    clearInterval(l.timer);
    l.stream.getTracks().forEach((t) => t.stop());
    void l.ctx.close().catch(() => undefined);
  }, []);
  useEffect(() => release, [release]);

  const start = useCallback(async (): Promise<boolean> => {
    if (live.current) return true;
    const unsupported = recordingUnsupported();
    if (unsupported) {
      setError(unsupported);
      return false;
    }
    setError(null);
    setState('starting');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: false } });
      const mimeType = pickMimeType((t) => MediaRecorder.isTypeSupported(t));
      const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
      const ctx = new AudioContext();
      await ctx.resume();
      const analyser = ctx.createAnalyser();
      analyser.fftSize = 2048;
      ctx.createMediaStreamSource(stream).connect(analyser);
      const buf = new Float32Array(analyser.fftSize);
      const segmenter = new SpeechSegmenter();
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
      const t0 = performance.now();
      recorder.start(250);
      const timer = setInterval(() => {
        analyser.getFloatTimeDomainData(buf);
        const t = (performance.now() - t0) / 1000;
        const r = rms(buf);
        segmenter.push(t, r);
        setLevel(Math.min(1, r * 4));
        setSpeaking(segmenter.isSpeaking);
        setElapsed(t);
      }, METER_MS);
      live.current = { stream, recorder, ctx, timer, chunks, segmenter, t0 };
      setState('recording');
      return true;
    } catch (err) {
      release();
      setError(micMessage(err));
      setState('idle');
      return false;
    }
  }, [release]);

  const stop = useCallback(async (): Promise<Recording | null> => {
    const l = live.current;
    if (!l) return null;
    setState('stopping');
    const stopped = new Promise<void>((resolve) => l.recorder.addEventListener('stop', () => resolve(), { once: true }));
    const durationSeconds = (performance.now() - l.t0) / 1000;
    if (l.recorder.state !== 'inactive') l.recorder.stop();
    await stopped;
    const segments = l.segmenter.finish(durationSeconds);
    const mimeType = l.recorder.mimeType || 'audio/webm';
    release();
    setState('idle');
    setSpeaking(false);
    setLevel(0);
    return { blob: new Blob(l.chunks, { type: mimeType.split(';')[0] }), mimeType, durationSeconds, segments };
  }, [release]);

  return { state, error, elapsed, level, speaking, start, stop, clearError: () => setError(null) };
}

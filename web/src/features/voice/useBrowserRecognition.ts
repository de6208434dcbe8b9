/**
 * The browser's own speech recognition (Chrome, Edge, Safari), used only when
 * the server has no transcriber. It needs the vendor's online service, so it
 * can fail (offline, headless): then the user types. Minimal local typings,
 * because the DOM library does not describe this API.
 */
import { useCallback, useRef } from 'react';

interface RecognitionResult {
  isFinal: boolean;
  0: { transcript: string };
}
interface RecognitionEvent {
  resultIndex: number;
  results: ArrayLike<RecognitionResult>;
}
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((e: RecognitionEvent) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionCtor = new () => Recognition;

function recognitionCtor(): RecognitionCtor | null {
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export function useBrowserRecognition() {
  const active = useRef<{ rec: Recognition; finals: string[]; failed: boolean; ended: Promise<void> } | null>(null);

  /** Start listening (no-op where unsupported). */
  const start = useCallback((lang = navigator.language || 'en-US'): boolean => {
    const Ctor = recognitionCtor();
    if (!Ctor) return false;
    try {
      const rec = new Ctor();
      rec.lang = lang;
      rec.continuous = true;
      rec.interimResults = false;
      const state = { rec, finals: [] as string[], failed: false, ended: Promise.resolve() };
      state.ended = new Promise<void>((resolve) => {
        rec.onend = () => resolve();
      });
      rec.onresult = (e) => {
        for (let i = e.resultIndex; i < e.results.length; i++) {
          const r = e.results[i];
          if (r?.isFinal) state.finals.push(r[0].transcript.trim());
        }
      };
      rec.onerror = () => {
        state.failed = true;
      };
      rec.start();
      active.current = state;
      return true;
    } catch {
      return false;
    }
  }, []);

  /** Stop and return what was recognised ('' when nothing or it failed). Waits at most 2 s for the last result. */
  const stop = useCallback(async (): Promise<string> => {
    const s = active.current;
    active.current = null;
    if (!s) return '';
    try {
      s.rec.stop();
    } catch {
      // Already stopped (e.g. after a network error).
    }
    await Promise.race([s.ended, new Promise((r) => setTimeout(r, 2000))]);
    return s.finals.filter(Boolean).join(' ');
  }, []);

  return { supported: typeof window !== 'undefined' && recognitionCtor() !== null, start, stop };
}

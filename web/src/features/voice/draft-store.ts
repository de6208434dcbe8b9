/**
 * The transcript the user has not submitted yet, kept in sessionStorage per
 * session and question, so a reload (or a crash) does not lose words that were
 * already paid for and checked. The recording's timing (length, speech and
 * silence) is kept with it so pace and pauses can still be measured; the audio
 * itself is not (too large, and it is only needed for playback).
 * DOM-free apart from the storage it is given (tested in Node).
 */
// From src/shared, not ./api.js: this module is tested in Node, and api.js pulls in the browser's fetch client.
import type { SpeechSegment, TranscriptSource, WordTiming } from '../../../../src/shared/delivery.js';

export interface StoredDraft {
  text: string;
  source: TranscriptSource;
  keepsFillers?: boolean;
  words?: WordTiming[];
  /** Length and speech/silence of the recording; null when nothing was recorded. */
  timing: { durationSeconds: number; segments: SpeechSegment[] } | null;
}

const SOURCES: readonly string[] = ['transcriber', 'browser', 'typed'];

/** The part of the browser's Storage this uses (sessionStorage in the app, a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const draftKey = (sessionId: string, questionId: string): string => `voice-draft:${sessionId}:${questionId}`;

/**
 * Run a storage step; the browser refuses with a DOMException (privacy mode, full quota) and a
 * damaged entry fails JSON.parse with a SyntaxError: both only cost the reload safety net.
 */
function tolerant<T>(step: () => T, fallback: T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof DOMException || err instanceof SyntaxError) return fallback;
    throw err;
  }
}

/** The tab's sessionStorage, or null where the browser refuses it (some privacy modes throw). */
export const sessionStore = (): DraftStorage | null => tolerant(() => (globalThis as { sessionStorage?: DraftStorage }).sessionStorage ?? null, null);

function isTiming(t: unknown): t is StoredDraft['timing'] {
  if (t === null) return true;
  const v = t as { durationSeconds?: unknown; segments?: unknown };
  return typeof v === 'object' && typeof v.durationSeconds === 'number' && Array.isArray(v.segments);
}

function parseDraft(raw: string): StoredDraft | null {
  const d = JSON.parse(raw) as Partial<StoredDraft>;
  if (typeof d.text !== 'string' || !SOURCES.includes(d.source as string) || !isTiming(d.timing)) return null;
  return { text: d.text, source: d.source!, keepsFillers: d.keepsFillers, words: Array.isArray(d.words) ? d.words : undefined, timing: d.timing };
}

/** A stored draft, or null when there is none or it is not one this code wrote. */
export function loadDraft(store: DraftStorage | null, key: string): StoredDraft | null {
  return tolerant(() => {
    const raw = store?.getItem(key);
    return raw ? parseDraft(raw) : null;
  }, null);
}

/** Keep the draft; a full or refused storage only loses the reload safety net, never the answer on screen. */
export function saveDraft(store: DraftStorage | null, key: string, d: StoredDraft): void {
  const json = JSON.stringify({ text: d.text, source: d.source, keepsFillers: d.keepsFillers, words: d.words, timing: d.timing });
  tolerant(() => store?.setItem(key, json), undefined);
}

export function clearDraft(store: DraftStorage | null, key: string): void {
  tolerant(() => store?.removeItem(key), undefined);
}

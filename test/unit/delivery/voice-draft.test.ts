/**
 * The unsent spoken-answer draft kept across reloads (web/src/features/voice/draft-store.ts)
 * and the transcription-failure message: DOM-free, with an in-memory Storage.
 */
import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, saveDraft, type DraftStorage, type StoredDraft } from '../../../web/src/features/voice/draft-store.js';
import { failedTranscription } from '../../../web/src/features/voice/turn-status.js';

/** A storage over a Map; `full` makes every write fail as a full quota does in the browser. */
function memoryStorage(full = false): DraftStorage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k) => void m.delete(k),
  };
}

const DRAFT: StoredDraft = {
  text: 'I rebuilt the triage rota.',
  source: 'transcriber',
  keepsFillers: true,
  words: [{ word: 'I', start: 0.1, end: 0.2 }],
  timing: { durationSeconds: 4.2, segments: [{ start: 0, end: 4.2, speaking: true }] },
};

describe('voice draft store', () => {
  it('keeps a draft per session and question until it is cleared', () => {
    const store = memoryStorage();
    const key = draftKey('s1', 'q1');
    saveDraft(store, key, DRAFT);
    expect(loadDraft(store, key)).toEqual(DRAFT);
    expect(loadDraft(store, draftKey('s1', 'q2'))).toBeNull();
    clearDraft(store, key);
    expect(loadDraft(store, key)).toBeNull();
  });

  it('ignores damaged or foreign entries and survives a full or missing storage', () => {
    const store = memoryStorage();
    store.setItem('a', '{not json');
    store.setItem('b', JSON.stringify({ text: 'x', source: 'someone-else', timing: null }));
    store.setItem('c', JSON.stringify({ text: 'x', source: 'typed', timing: { durationSeconds: 'long' } }));
    expect([loadDraft(store, 'a'), loadDraft(store, 'b'), loadDraft(store, 'c')]).toEqual([null, null, null]);
    expect(() => saveDraft(memoryStorage(true), 'k', DRAFT)).not.toThrow();
    expect(loadDraft(null, 'k')).toBeNull();
  });
});

describe('failedTranscription', () => {
  it('keeps the reason, drops advice the panel cannot follow, and names the retry button', () => {
    const timeout = failedTranscription("The transcription service did not answer within 5 s. Try again, or use your browser's speech recognition or type your answer.");
    expect(timeout).toBe('The transcription service did not answer within 5 s. Your recording is kept: press “Try transcription again”, or type what you said.');
    const http = failedTranscription("The transcription service failed (HTTP 401). Check OPENAI_API_KEY. Use your browser's speech recognition or type your answer instead.");
    expect(http).toMatch(/^The transcription service failed \(HTTP 401\)\. Check OPENAI_API_KEY\. Your recording is kept/);
  });
});

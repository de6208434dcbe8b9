/**
 * Saves completed transcript items as they complete, one request per item
 * (the server is idempotent on the item id, so a retry can never duplicate).
 * A failed save is retried once after a pause; its status is shown per line.
 */
import { useCallback, useRef, useState } from 'react';
import { saveItem } from './api.js';
import { positionOf, type Conversation, type LiveItem } from './ordering.js';
import type { SaveStatus } from './stop-summary.js';

export type { SaveStatus };

const RETRY_AFTER_MS = 2000;

/** `questionOf` links a completed line to its question (see question-link.ts); asked once per line. */
export function useTranscriptSaver(sessionId: string, questionOf: (item: LiveItem, c: Conversation) => string | null) {
  const [status, setStatus] = useState<Record<string, SaveStatus>>({});
  const linked = useRef(new Map<string, string | null>());

  const mark = (itemId: string, s: SaveStatus) => setStatus((m) => ({ ...m, [itemId]: s }));

  const save = useCallback(
    async (item: LiveItem, c: Conversation) => {
      // Linked once, when the line completed; the retry sends the same question.
      if (!linked.current.has(item.itemId)) linked.current.set(item.itemId, questionOf(item, c));
      const body = { itemId: item.itemId, role: item.role, text: item.text, at: item.at, seq: positionOf(c, item.itemId), questionId: linked.current.get(item.itemId) ?? null };
      mark(item.itemId, 'saving');
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          await saveItem(sessionId, body);
          mark(item.itemId, 'saved');
          return;
        } catch {
          if (attempt === 0) await new Promise((r) => setTimeout(r, RETRY_AFTER_MS));
        }
      }
      mark(item.itemId, 'failed');
    },
    [sessionId, questionOf],
  );

  return { status, save };
}

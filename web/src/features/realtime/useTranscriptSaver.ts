/**
 * Saves completed transcript items as they complete, one request per item
 * (the server is idempotent on the item id, so a retry can never duplicate).
 * A failed save is retried once after a pause; its status is shown per line.
 */
import { useCallback, useRef, useState } from 'react';
import { saveItem } from './api.js';
import { positionOf, type Conversation, type LiveItem } from './ordering.js';

export type SaveStatus = 'saving' | 'saved' | 'failed';

const RETRY_AFTER_MS = 2000;

export function useTranscriptSaver(sessionId: string, currentQuestionId: () => string | null) {
  const [status, setStatus] = useState<Record<string, SaveStatus>>({});
  const questionOf = useRef(new Map<string, string | null>());

  const mark = (itemId: string, s: SaveStatus) => setStatus((m) => ({ ...m, [itemId]: s }));

  const save = useCallback(
    async (item: LiveItem, c: Conversation) => {
      // The question being practised when the item completed; kept for the retry.
      if (!questionOf.current.has(item.itemId)) questionOf.current.set(item.itemId, currentQuestionId());
      const body = { itemId: item.itemId, role: item.role, text: item.text, at: item.at, seq: positionOf(c, item.itemId), questionId: questionOf.current.get(item.itemId) ?? null };
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
    [sessionId, currentQuestionId],
  );

  return { status, save };
}

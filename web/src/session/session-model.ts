/**
 * The AI model of the session on screen, for parts of the page outside the
 * session view (the footer). The session header publishes it while a session
 * is open and clears it when the session closes; elsewhere the footer shows
 * the server's default model.
 */
import { useSyncExternalStore } from 'react';

let current: string | null = null;
const listeners = new Set<() => void>();

/** Set (or clear, with null) the open session's model. */
export function publishSessionModel(model: string | null): void {
  if (model === current) return;
  current = model;
  for (const notify of listeners) notify();
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** The open session's model, or null when no session is open. */
export function useSessionModel(): string | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** The model a session uses: its own choice, or the server's default when it made none. */
export function sessionModel(chosen: string | null, serverDefault: string): string {
  return chosen && chosen.trim() ? chosen : serverDefault;
}

/**
 * One microphone user at a time across the page: a turn-based recording
 * ("Answer out loud") and a live voice interview would otherwise both open the
 * microphone, and the interviewer would hear the recording and vice versa.
 * The two panels live in different parts of the page, so the lock is a tiny
 * module-level store both subscribe to (no context provider to wire in). It has no
 * React import, so server-side unit tests can exercise it; the hook is useMicOwner.ts.
 */
/** Who may hold the microphone. */
export type MicUser = 'recording' | 'interview';

let owner: MicUser | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

/** Take the microphone for `user`; false when the other feature holds it. */
export function claimMic(user: MicUser): boolean {
  if (owner !== null && owner !== user) return false;
  if (owner !== user) {
    owner = user;
    emit();
  }
  return true;
}

/** Give the microphone back (a no-op when `user` does not hold it). */
export function releaseMic(user: MicUser): void {
  if (owner !== user) return;
  owner = null;
  emit();
}

/** Be told when the holder changes; returns the unsubscribe (for useSyncExternalStore). */
export function subscribeMic(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Who holds the microphone now. */
export const micOwner = (): MicUser | null => owner;

/** What each panel says when the other one holds the microphone. */
export const MIC_BUSY: Record<MicUser, string> = {
  recording: 'A recording is running in “Answer out loud”. Stop it there to start the voice interview.',
  interview: 'The voice interview is using the microphone. Stop it to record an answer here.',
};

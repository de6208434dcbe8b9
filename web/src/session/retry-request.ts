/**
 * "Try again" pressed in the question rail, handed to the answer pane of that
 * question. The pane may already be showing (same question) or about to mount
 * (another question), so the request waits here until the pane takes it.
 */
let pending: string | null = null;
const listeners = new Set<() => void>();

/** Ask the answer pane of `questionId` to open a fresh answer box. */
export function requestRetry(questionId: string): void {
  pending = questionId;
  for (const listener of listeners) listener();
}

/** Whether a retry is waiting for this question (a read only: safe in a state initializer). */
export function isRetryRequested(questionId: string): boolean {
  return pending === questionId;
}

/** True (once) when a retry was requested for this question; clears the request. */
export function takeRetry(questionId: string): boolean {
  if (pending !== questionId) return false;
  pending = null;
  return true;
}

/** Be told when any retry is requested; returns the unsubscribe function. */
export function onRetryRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

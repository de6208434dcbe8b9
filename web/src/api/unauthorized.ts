/**
 * "Sign-in needed" signal for hosted use (APP_PASSWORD): the HTTP client calls
 * `notifyUnauthorized` on any 401 `unauthorized`; the LoginGate listens.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

/** Called by the HTTP client when the server says the app needs a login. */
export function notifyUnauthorized(): void {
  for (const listener of listeners) listener();
}

/** Subscribe to "sign-in needed"; returns the unsubscribe function. */
export function onUnauthorized(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Open a session page (hash routing, so a new history entry and the Back button work). */
import { sessionHref } from '../../lib/routes.js';

export function openSession(id: string): void {
  window.location.hash = sessionHref(id);
}

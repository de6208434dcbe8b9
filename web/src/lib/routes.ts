/**
 * Hash routes: #/ (sessions), #/sessions/:id[/q/:questionId], #/stories[/:storyId], #/progress.
 * Pure and DOM-free (tested in Node); the hook lives in hooks/useRoute.ts.
 */

export type Route =
  | { page: 'home' }
  | { page: 'session'; id: string; questionId: string | null }
  | { page: 'stories'; storyId: string | null }
  | { page: 'progress' }
  | { page: 'not_found' };

/** Parse a location hash into a route. */
export function parseHash(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { page: 'not_found' };
  }
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'stories' && parts.length <= 2) return { page: 'stories', storyId: parts[1] ?? null };
  if (parts[0] === 'progress' && parts.length === 1) return { page: 'progress' };
  if (parts[0] === 'sessions' && parts[1]) {
    if (parts.length === 2) return { page: 'session', id: parts[1], questionId: null };
    if (parts.length === 4 && parts[2] === 'q' && parts[3]) return { page: 'session', id: parts[1], questionId: parts[3] };
  }
  return { page: 'not_found' };
}

/** The hash for a session (and optionally one of its questions). */
export function sessionHref(id: string, questionId?: string | null): string {
  const base = `#/sessions/${encodeURIComponent(id)}`;
  return questionId ? `${base}/q/${encodeURIComponent(questionId)}` : base;
}

/** The hash for "My stories", opened on one story. */
export function storyHref(id: string): string {
  return `#/stories/${encodeURIComponent(id)}`;
}

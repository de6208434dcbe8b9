/** Find sessions by words in their name, role, company or coach. Pure (no DOM). */
import type { SessionSummary } from '../api/types.js';

/** Lower case without accents, so "cafe" finds "Café". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Sessions where every word of `query` appears in one of the searchable fields; all of them for an empty query. */
export function filterSessions(sessions: SessionSummary[], query: string, personaName: (id: string) => string): SessionSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return sessions;
  return sessions.filter((s) => {
    const haystack = fold([s.name, s.role ?? '', s.company ?? '', personaName(s.persona)].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}

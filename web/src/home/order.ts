/** The order of the sessions list and which session "Resume where you left off" offers. Pure (no DOM). */
import type { SessionSummary } from '../api/types.js';

/**
 * Most recent practice first (`lastActiveAt`: answers, voice turns, questions,
 * documents — never a rename or settings change); ties by newest creation, then
 * id, the same order the server sends.
 */
export function byLastActive(a: SessionSummary, b: SessionSummary): number {
  return b.lastActiveAt.localeCompare(a.lastActiveAt) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

/** The sessions, most recently practised first (a new array). */
export function sortByLastActive(sessions: readonly SessionSummary[]): SessionSummary[] {
  return [...sessions].sort(byLastActive);
}

/** The session to resume: the one practised most recently, or undefined when there are none. */
export function resumeTarget(sessions: readonly SessionSummary[]): SessionSummary | undefined {
  return sortByLastActive(sessions)[0];
}

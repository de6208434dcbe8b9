/** How the UI names a coach, composes a fallback reason into its sentences, and says a coach is slow (pure, no React). */

/**
 * A stored fallback reason as a clause that follows "because": the server writes
 * them that way ("the AI coach did not answer within 30 s"); reasons stored by
 * older versions started with a capital and may end with a period.
 */
export function becauseClause(reason: string): string {
  const trimmed = reason.trim().replace(/\.$/, '');
  // Lower-case a capitalised first word ("The"), never an acronym ("HTTP").
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

/** "AI coach (gpt-4o-mini)" or "Built-in coach". */
export function coachName(coach: { provider: string; model: string | null }): string {
  return coach.provider === 'builtin' ? 'Built-in coach' : `AI coach (${coach.model ?? 'unknown model'})`;
}

/*
 * A sign of life for a slow coach: after a few seconds of waiting, the progress
 * line adds that it is taking longer than usual and, when the AI coach is in
 * use, that the built-in coach takes over if the AI does not answer in time.
 */

/** How long a wait looks normal before the progress line says more. */
export const SLOW_AFTER_MS = 8000;

/** The parts of `/api/health`'s coach this reads; `timeoutMs` (OPENAI_TIMEOUT_MS) only when the server reports it. */
export interface CoachHealth {
  provider: string;
  timeoutMs?: unknown;
}

/** The server's per-step AI timeout in whole seconds, when it reports one. */
function timeoutSeconds(coach: CoachHealth): number | undefined {
  const ms = coach.timeoutMs;
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : undefined;
}

/** What to add once the wait is long; `coach` undefined while /api/health is loading. */
export function slowMessage(coach: CoachHealth | undefined): string {
  if (!coach || coach.provider === 'builtin') return 'Taking longer than usual…';
  const seconds = timeoutSeconds(coach);
  const when = seconds ? `within ${seconds} s` : 'in time';
  return `Taking longer than usual — the built-in coach takes over if the AI does not answer ${when}.`;
}

/**
 * The reconnect policy of a realtime interview (pure, no DOM): how long to
 * wait before each attempt after one drop, and a total budget across drops,
 * because a call that connects and drops again and again would otherwise be
 * reconnected forever (each time a new client secret and a new greeting).
 */

/** Reconnect attempts after a drop, and the wait before each. */
export const RECONNECT_DELAYS_MS = [1000, 3000];
/** At most this many drops are reconnected within RECONNECT_WINDOW_MS; the next one ends the interview. */
export const MAX_RECONNECTS = 3;
export const RECONNECT_WINDOW_MS = 10 * 60_000;

/**
 * Record a drop at `now` in `drops` (times of earlier drops, pruned to the
 * window) and say whether it may still be reconnected.
 */
export function allowReconnect(drops: number[], now: number): { drops: number[]; allowed: boolean } {
  const recent = [...drops.filter((t) => now - t < RECONNECT_WINDOW_MS), now];
  return { drops: recent, allowed: recent.length <= MAX_RECONNECTS };
}

/** The error shown when reconnecting stops; what was saved is shown beside it (see stop-summary.ts). */
export function gaveUpMessage(reason: string, tooOften: boolean): string {
  const why = tooOften ? ` (the call dropped ${MAX_RECONNECTS + 1} times within ${RECONNECT_WINDOW_MS / 60_000} minutes)` : '';
  return `${reason} Reconnecting did not work${why}. Check your network connection, then press Start to continue the interview.`;
}

/**
 * PostgreSQL may abort one of two transactions that lock the same rows in
 * opposite orders (deadlock, 40P01) or cannot be serialised (40001): deleting a
 * session cascades through its questions, answers and feedback while another
 * tab is inserting an answer that holds key locks on the same parents. The
 * loser did nothing; running it again is safe for an idempotent statement such
 * as a delete. SQLite has one writer and never reports these.
 */
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);

/** True for an error a retry of the same statement can cure. */
export function isTransientConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_SQLSTATES.has(code);
}

/** Run `fn`, again (up to `attempts` times in all) while it fails with a deadlock or serialisation failure. */
export async function retryTransient<T>(fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts || !isTransientConflict(err)) throw err;
      await new Promise((r) => setTimeout(r, 5 * i));
    }
  }
}

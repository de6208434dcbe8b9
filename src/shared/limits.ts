/**
 * Limits the server enforces and the browser mirrors (an input's maxLength),
 * kept in one place so the two cannot drift apart. Zod-free for the bundle.
 */

/** The longest session name, in characters (after trimming). */
export const SESSION_NAME_MAX = 120;

/** The longest answer, in characters (after trimming); a spoken transcript too. */
export const ANSWER_MAX_CHARS = 20_000;
/** The fewest words (runs of letters or digits) an answer needs before the coach scores it. */
export const ANSWER_MIN_WORDS = 2;

/**
 * Limits the server enforces and the browser mirrors (an input's maxLength),
 * kept in one place so the two cannot drift apart. Zod-free for the bundle.
 */

/** The longest session name, in characters (after trimming). */
export const SESSION_NAME_MAX = 120;

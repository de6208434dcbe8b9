/** Shapes shared by the code-health analyzer (`npm run analyze`). */

/** What a finding is about, in words a reviewer scans for. */
export const SMELLS = [
  'long-function',
  'complexity',
  'deep-nesting',
  'empty-block',
  'broad-catch',
  'lost-error-cause',
  'duplicate-block',
] as const;
export type Smell = (typeof SMELLS)[number];

export interface Finding {
  /** Repository-relative path with forward slashes. */
  file: string;
  line: number;
  smell: Smell;
  /** The tool rule that produced it (an ESLint rule id, or `jscpd`). */
  rule: string;
  /** The measured value against its limit, e.g. `64 lines (max 50)`; empty when there is no number. */
  metric: string;
  /**
   * The enclosing function, outermost first (`sessionRoutes > app.get('/api/sessions/:id')`),
   * or `(module)`. Part of the baseline key instead of the line number, so
   * unrelated edits above a finding do not make it "new".
   */
  fn: string;
  message: string;
}

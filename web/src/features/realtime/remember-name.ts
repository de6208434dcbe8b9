/** The accessible name of a "remember this" checkbox: which line it is. DOM-free (tested in Node). */

const EXCERPT_CHARS = 40;

/** "Remember: I rebuilt the triage rota and first…" — the line's start, cut at a word. */
export function rememberName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return `Remember: ${flat}`;
  const cut = flat.slice(0, EXCERPT_CHARS);
  const atWord = cut.lastIndexOf(' ') > EXCERPT_CHARS / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `Remember: ${atWord.replace(/[\s,;:.—-]+$/, '')}…`;
}

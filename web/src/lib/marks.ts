/**
 * Splitting text into plain and marked parts (search matches, placeholders).
 * Pure and DOM-free, so it is tested in Node; rendering lives in Highlighted.tsx.
 */

export interface MarkedPart {
  text: string;
  marked: boolean;
}

/** Split `text` by a regex whose group 1 (or whole match) is the marked content. */
export function splitMarked(text: string, pattern: RegExp): MarkedPart[] {
  const parts: MarkedPart[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), marked: false });
    parts.push({ text: m[1] ?? m[0], marked: true });
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

/** Search matches are wrapped in «»; the guillemets themselves are not shown. */
export const SEARCH_MARK = /«([^»]*)»/;
/** Example-answer placeholders like [number of users]; the brackets stay visible. */
export const PLACEHOLDER_MARK = /(\[[^\]\n]{1,80}\])/;

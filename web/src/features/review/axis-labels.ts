/**
 * Session names as chart-axis labels: at most two lines of TICK_CHARS
 * characters under each point, cut with "…" when longer. A closing mark the app
 * adds — "(imported)", "(again)", "(2)" — is always kept, so an imported copy
 * of a session reads differently from its original. The full name is in the
 * tooltip and the table. Pure (tested without a DOM).
 */

/** The most characters of 12 px text that fit under a point (see chart-ticks.ts). */
export const TICK_CHARS = 16;

/** A closing "(imported)", "(imported 2)", "(again)" or "(2)". */
const MARK = /\s(\((?:imported|again)(?: \d+)?\)|\(\d+\))$/;

/** Cut to `max` characters, at a word when that keeps most of the room, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = Math.max(1, max - 1);
  const cut = text.slice(0, room);
  const space = cut.lastIndexOf(' ');
  return `${(space >= room * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The words that fill one line of `max` characters, and the rest. A first word longer than the line is cut. */
function fillLine(words: string[], max: number): [string, string[]] {
  if ((words[0] ?? '').length > max) return [shorten(words[0]!, max), words.slice(1)];
  let line = '';
  let used = 0;
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > max) break;
    line = next;
    used++;
  }
  return [line, words.slice(used)];
}

/** The second line: what is left of the name, cut to make room for the closing mark when there is one. */
function secondLine(tail: string, mark: string, max: number): string {
  if (!mark) return shorten(tail, max);
  const whole = tail ? `${tail} ${mark}` : mark;
  // Room for at least two characters and "…" before the mark, else the line is simply cut.
  if (whole.length <= max || mark.length > max - 4) return shorten(whole, max);
  return `${shorten(tail, max - mark.length - 1)} ${mark}`;
}

/** "Pharmacy → clinical trials (imported)" → ["Pharmacy →", "clin… (imported)"]. */
export function nameLines(name: string, max = TICK_CHARS): string[] {
  const flat = name.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return [flat];
  const mark = MARK.exec(flat)?.[1] ?? '';
  const base = mark ? flat.slice(0, -mark.length).trimEnd() : flat;
  const [first, rest] = fillLine(base.split(' '), max);
  const tail = rest.join(' ');
  return tail || mark ? [first, secondLine(tail, mark, max)] : [first];
}

/** Narrow glyphs (about 0.3–0.4 em in common sans-serif fonts). */
const NARROW = /[\s.,:;'!|()[\]ijlftr]/;
/** Glyphs about 1 em wide: m, w, M, W, dashes, "…", arrows, symbols, and CJK or other wide scripts. */
const WIDE = /[mwMW@%—–…→←\u1100-\uffff]/;

/**
 * About how wide `text` is in `px`-sized sans-serif, on the wide side: sized for
 * DejaVu Sans (what Linux browsers fall back to, one of the widest common fonts),
 * so labels placed this far apart do not touch in narrower fonts either.
 */
export function textWidth(text: string, px = 12): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.42;
    else if (WIDE.test(ch)) em += 1;
    else if (ch !== ch.toLowerCase()) em += 0.78;
    else em += 0.66;
  }
  return Math.ceil(em * px);
}

/** Width of a label of one or more lines: its widest line. */
export function labelWidth(lines: string[], px = 12): number {
  return lines.reduce((w, line) => Math.max(w, textWidth(line, px)), 0);
}

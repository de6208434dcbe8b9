/**
 * Finding a story's own words where the app copied them (question text,
 * feedback lines), so deleting the story can take them out too. A text
 * "quotes" a story when both share a run of at least QUOTE_CHARS characters,
 * compared case-blind with whitespace collapsed — a quote, not a topic in
 * common. A story shorter than that quotes only when it appears whole.
 *
 * Runs are found with a sparse index: the story's 13-character pieces at every
 * 13th position, keyed by a rolling hash. Any shared run of 25 characters or more contains one of them
 * whole, so looking each piece of the text up finds every such run while the
 * index holds a thirteenth of the story's characters.
 */

/** The shortest shared run that counts as a quote. */
export const QUOTE_CHARS = 25;
const PIECE = 13;
const STRIDE = QUOTE_CHARS - PIECE + 1;

/** Case-blind, whitespace-collapsed: how texts are compared for quotes. */
export function normalForQuotes(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface StoryWords {
  /**
   * Whether `text` quotes one of the stories. A quoted run found word for word
   * in one of `kept` (already normalised: the user's own answer, a story that
   * stays) is theirs too and does not count.
   */
  quotedIn(text: string, kept?: readonly string[]): boolean;
}

interface Piece {
  story: number;
  at: number;
}

/** Rolling hash of a piece (31-based, 32-bit): a number key is several times faster to look up than a sliced string. */
const BASE = 31;
const TOP = Array.from({ length: PIECE - 1 }).reduce<number>((h) => Math.imul(h, BASE), 1);

function hashAt(text: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + PIECE; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

/** The hash of the piece one character on: drop text[at], add text[at + PIECE]. */
const roll = (h: number, text: string, at: number): number => (Math.imul(h - Math.imul(text.charCodeAt(at), TOP), BASE) + text.charCodeAt(at + PIECE)) | 0;

function indexPieces(stories: readonly string[]): Map<number, Piece[]> {
  const index = new Map<number, Piece[]>();
  stories.forEach((s, story) => {
    if (s.length < QUOTE_CHARS) return;
    for (let at = 0; at + PIECE <= s.length; at += STRIDE) {
      const key = hashAt(s, at);
      const list = index.get(key);
      if (list) list.push({ story, at });
      else index.set(key, [{ story, at }]);
    }
  });
  return index;
}

/** The run shared by `text` from `p` and `story` from `q` (empty when the pieces differ: a hash collision), grown both ways. */
function sharedRun(text: string, p: number, story: string, q: number): [number, number] {
  if (text.slice(p, p + PIECE) !== story.slice(q, q + PIECE)) return [p, p];
  let left = 0;
  while (p - left > 0 && q - left > 0 && text[p - left - 1] === story[q - left - 1]) left++;
  let right = 0;
  while (p + PIECE + right < text.length && q + PIECE + right < story.length && text[p + PIECE + right] === story[q + PIECE + right]) right++;
  return [p - left, p + PIECE + right];
}

/** A QUOTE_CHARS window of text[from, to) that none of `kept` holds. */
function unkeptWindow(text: string, from: number, to: number, kept: readonly string[]): boolean {
  if (kept.length === 0) return true;
  for (let s = from; s + QUOTE_CHARS <= to; s++) {
    const window = text.slice(s, s + QUOTE_CHARS);
    if (!kept.some((k) => k.includes(window))) return true;
  }
  return false;
}

/** Matches texts against these stories (raw text; normalised here). */
export function storyWords(texts: readonly string[]): StoryWords {
  const stories = texts.map(normalForQuotes).filter((s) => s.length > 0);
  const short = stories.filter((s) => s.length < QUOTE_CHARS);
  const index = indexPieces(stories);

  function longQuote(text: string, kept: readonly string[]): boolean {
    if (text.length < QUOTE_CHARS) return false;
    for (let p = 0, h = hashAt(text, 0); ; h = roll(h, text, p++)) {
      for (const hit of index.get(h) ?? []) {
        const [from, to] = sharedRun(text, p, stories[hit.story]!, hit.at);
        if (to - from >= QUOTE_CHARS && unkeptWindow(text, from, to, kept)) return true;
      }
      if (p + PIECE >= text.length) return false;
    }
  }

  return {
    quotedIn(raw, kept = []) {
      const text = normalForQuotes(raw);
      if (short.some((s) => text.includes(s) && !kept.some((k) => k.includes(s)))) return true;
      return index.size > 0 && longQuote(text, kept);
    },
  };
}

/**
 * Transcript tokenising for delivery analytics. Each word keeps its character
 * range (the UI highlights by range, never by injecting HTML) and the
 * punctuation around it, because the filler rules read commas and sentence
 * ends ("we, like, shipped" vs "I like Go").
 */

export interface Token {
  /** Lower-case, curly apostrophes straightened: "i'm", "don't". */
  norm: string;
  /** Exactly as written. */
  raw: string;
  offset: number;
  length: number;
  /** The text between the previous word and this one (or the start). */
  before: string;
  /** The text between this word and the next one (or the end). */
  after: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*/gu;

/** Split a transcript into word tokens with positions and surrounding punctuation. */
export function tokenize(text: string): Token[] {
  const found = [...text.matchAll(WORD)];
  return found.map((m, i) => {
    const offset = m.index;
    const end = offset + m[0].length;
    const prevEnd = i === 0 ? 0 : found[i - 1]!.index + found[i - 1]![0].length;
    const nextStart = i === found.length - 1 ? text.length : found[i + 1]!.index;
    return {
      norm: normalizeWord(m[0]),
      raw: m[0],
      offset,
      length: m[0].length,
      before: text.slice(prevEnd, offset),
      after: text.slice(end, nextStart),
    };
  });
}

/** Lower-case and straighten apostrophes; strip anything that is not a letter, digit, ' or -. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[^\p{L}\p{N}'-]/gu, '');
}

/** A comma, semicolon, dash or ellipsis: how transcribers set off a filler. */
export function isSetOff(gap: string): boolean {
  return /[,;—–…]|\.\.|\s-\s|^-|-$/.test(gap);
}

/** A full stop, question or exclamation mark (an ellipsis is not a sentence end). */
export function endsSentence(gap: string): boolean {
  return /[!?]/.test(gap) || /(^|[^.])\.(?!\.)/.test(gap);
}

/** True when this token starts the text or a sentence. */
export function startsSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || endsSentence(tokens[i]!.before);
}

/**
 * Quoting the user's answer honestly. A coach's evidence is often a fragment
 * cut mid-sentence ("…70% of tickets arrived before 10am while"); shown bare it
 * reads as if the user stopped there. A quote is completed to the end of its
 * sentence when that fits, and otherwise ends at a whole word with "…"; a
 * quote that starts mid-sentence starts with "…".
 */

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Ends a sentence: terminal punctuation, maybe closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
/** The rest of a sentence: up to terminal punctuation followed by a space or the end. */
const REST_OF_SENTENCE = /^.*?[.!?…]["'”’)\]]*(?=\s|$)/;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Cut at a word boundary at most `max` characters long (marker included), ending with "…". */
function cutAtWord(text: string, max: number): string {
  const room = text.slice(0, Math.max(1, max - 1));
  const space = room.lastIndexOf(' ');
  const kept = isWordChar(text[room.length]) && space > room.length * 0.5 ? room.slice(0, space) : room;
  return `${kept.replace(/[\s,;:–—-]+$/, '')}…`;
}

export interface QuoteOptions {
  /** Complete a fragment to the end of its sentence when the whole fits in `max` (default true). */
  complete?: boolean;
}

/** Whether the quote starting at `at` in `text` begins mid-sentence. */
const startsMidSentence = (text: string, at: number): boolean => at > 0 && !SENTENCE_END.test(text.slice(0, at).trimEnd());

/** The fragment run on to the end of its sentence, when it does not end one and the whole fits in `room`. */
function completed(text: string, at: number, frag: string, room: number): string {
  const end = at + frag.length;
  if (end >= text.length || SENTENCE_END.test(frag)) return frag;
  const rest = REST_OF_SENTENCE.exec(text.slice(end));
  const whole = frag + (rest ? rest[0] : text.slice(end));
  return whole.length <= room ? whole : frag;
}

/** Drop a partial last word: a fragment that stops inside a word ("before 10a") ends before it. */
function wholeWords(text: string, at: number, quote: string): string {
  const cutsWord = isWordChar(text[at + quote.length]) && isWordChar(quote.at(-1)) && quote.includes(' ');
  return cutsWord ? quote.slice(0, quote.lastIndexOf(' ')) : quote;
}

/**
 * A quote of `fragment` from `answer`, at most `max` characters: whole
 * sentences stay as they are; a cut is marked with "…" at a word boundary.
 */
export function quoteFrom(answer: string, fragment: string, max: number, opts: QuoteOptions = {}): string {
  const text = flat(answer);
  const frag = flat(fragment);
  const at = frag === '' ? -1 : text.indexOf(frag);
  if (at < 0) return markEnd(frag, max, false);
  const lead = startsMidSentence(text, at) ? '…' : '';
  const room = max - lead.length;
  const quote = wholeWords(text, at, opts.complete === false ? frag : completed(text, at, frag, room));
  const atAnswerEnd = text.slice(at + quote.length).trim() === '';
  return lead + markEnd(quote, room, atAnswerEnd);
}

/** `quote` as is when it ends a sentence (or the answer) and fits, else cut at a word with "…". */
function markEnd(quote: string, max: number, atAnswerEnd: boolean): string {
  if (quote.length > max) return cutAtWord(quote, max);
  if (atAnswerEnd || SENTENCE_END.test(quote)) return quote;
  return `${quote.replace(/[\s,;:–—-]+$/, '')}…`;
}

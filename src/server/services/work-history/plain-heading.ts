/**
 * A title on a line of its own in plain text — pasted notes, a .txt file, the
 * text of a PDF — read the way a person reads it: "The flipped-learning pilot
 * that flopped" standing above its story heads that story, as "## …" would in
 * Markdown. Without this, such a document was one long section cut into
 * size windows that straddled stories. The test is deliberately narrow
 * (a few words, no sentence or clause punctuation, not a date, not a list
 * item, shorter than the text's full lines), so that a resume's short lines,
 * a date line or a line wrapped mid-sentence stay body text. Where the line
 * stands (after a blank line, a finished sentence or another heading) and what
 * follows it are decided by the splitter (markdown.ts).
 */

/** A line that ends a sentence: a PDF has no blank lines, so a title there follows one. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
/** A title ends in a word, a figure or a closing quote or bracket; never in a comma, colon or dash. */
const TITLE_END = /[\p{L}\p{N}"'”’)]$/u;
/** Characters of contact lines, skills lists, tables and markup, which no plain title holds. */
const NOT_IN_TITLE = /[,;|·•@<>{}[\]=*_]|:\/\/|\bwww\./;
/** A sentence inside the line ("I left. Then…"): prose, not a title. */
const INNER_SENTENCE = /[.!?]\s/;
/** Words a line wrapped mid-sentence ends on ("…a pilot with", "…went badly because"); a title does not. */
const DANGLING = new Set(
  (
    'a an the my our your their his her its this these I we and or but nor so because when while if since until ' +
    'although though whether where than that which who whose of to in on at for with by from as into onto about ' +
    'over through without between across under via per is was were are be been had has have'
  ).split(' '),
);
/** Month names and "present": a date line ("March 2023 – present") is not a title. */
const DATE_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|present|now|today)$/i;
/** At most this many words and characters: a title is a few words. */
const MAX_TITLE_WORDS = 10;
const MAX_TITLE_CHARS = 80;
/** A title is shorter than this share of the text's longest line (a wrapped line nearly fills it). */
const SHORT_SHARE = 0.75;

/** True when a line ends a sentence (". ! ?", optionally followed by a closing quote or bracket). */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

/** Words of letters only that are not part of a date ("Learning", "Rise"; not "2023", "March", "Q1"). */
function namingWords(words: string[]): number {
  return words.filter((w) => {
    const word = w.replace(/^["'“‘(]+|["'”’)]+$/g, '');
    return /^\p{L}[\p{L}'’-]*$/u.test(word) && !DATE_WORD.test(word);
  }).length;
}

/**
 * Whether a line reads as a title: it starts with a capital or a figure, has
 * 2–10 words (two of them words, not dates), no punctuation of a sentence,
 * clause, list or contact line, and does not reach across most of the text's
 * width (`widest`: the longest line's length), as a line wrapped mid-sentence
 * does. Where it stands is the caller's question.
 */
export function isTitleText(line: string, widest: number): boolean {
  const t = line.trim();
  if (t.length > Math.min(MAX_TITLE_CHARS, SHORT_SHARE * widest)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t) || !TITLE_END.test(t) || NOT_IN_TITLE.test(t) || INNER_SENTENCE.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && namingWords(words) >= 2 && !DANGLING.has(words[words.length - 1]!);
}

/**
 * Whether text follows line `i` as a story's body would: the next line, or the
 * one after a single blank line, exists and does not start in lower case (a
 * line followed by one that does is a sentence wrapped mid-way).
 */
export function textFollows(lines: string[], i: number): boolean {
  let j = i + 1;
  if (j < lines.length && !lines[j]!.trim()) j++;
  const next = lines[j]?.trim();
  return Boolean(next) && !/^\p{Ll}/u.test(next!);
}

/**
 * Does the answer talk about what the question asks, in other words? Exact
 * stem overlap misses "a furious client" for "an upset customer" and "signed
 * off" for "agreed". This counts the question's content words that the answer
 * matches through the interview thesaurus (same synonym group) or through the
 * bundled word vectors (a close answer word), so relevance judges topic, not
 * wording. Deterministic; without the vectors file only the thesaurus counts.
 */
import { matchGroups } from '../../../text/thesaurus-match.js';
import { dot, wordVectors, type WordVectors } from '../../../text/word-vectors.js';

/** Cosine at which an answer word counts as saying the same thing as a question word. */
const CLOSE_COSINE = 0.7;
/** Words too short or too common to carry a topic. */
const MIN_WORD_LENGTH = 4;

const WORD = /[a-z][a-z'-]+/g;

function words(text: string): string[] {
  return [...new Set(text.toLowerCase().match(WORD) ?? [])].filter((w) => w.length >= MIN_WORD_LENGTH);
}

function closeInVectors(wv: WordVectors, questionWord: string, answerVectors: Float32Array[]): boolean {
  const q = wv.word(questionWord);
  if (!q) return false;
  return answerVectors.some((a) => dot(q, a) >= CLOSE_COSINE);
}

/**
 * How many of `questionWords` (the question's content words the answer does not
 * already share exactly) the answer addresses in other words.
 */
export function softTopicMatches(questionWords: readonly string[], answerText: string, wv: WordVectors | null = wordVectors()): number {
  if (questionWords.length === 0) return 0;
  const answerWords = words(answerText);
  // Groups from the answer's words in order, so thesaurus phrases ("single sign on") match too.
  const answerGroups = matchGroups(answerText.toLowerCase().match(WORD) ?? []);
  const answerVectors = wv ? answerWords.map((w) => wv.word(w)).filter((v): v is Float32Array => v !== undefined) : [];
  let matched = 0;
  for (const q of questionWords) {
    const viaThesaurus = [...matchGroups([q])].some((g) => answerGroups.has(g));
    if (viaThesaurus || (wv && closeInVectors(wv, q, answerVectors))) matched++;
  }
  return matched;
}

/**
 * The question's content words (not its boilerplate), for `softTopicMatches`. A short word
 * counts when the thesaurus knows it: "cut" in "a time you cut response times" is the whole
 * ask, and "fell from 9 hours to 40 minutes" answers it.
 */
export function topicWords(questionText: string, isBoilerplate: (word: string) => boolean): string[] {
  const all = [...new Set(questionText.toLowerCase().match(WORD) ?? [])];
  const known = (w: string): boolean => w.length >= MIN_WORD_LENGTH || (w.length === 3 && matchGroups([w]).size > 0);
  return all.filter((w) => known(w) && !isBoilerplate(w));
}

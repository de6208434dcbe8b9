/**
 * Hedging phrases: words that soften a claim ("I think maybe", "kind of",
 * "I guess"). Reported as counts and positions only; whether a hedge was
 * appropriate is for the speaker to judge. "kind of"/"sort of" count only as
 * adverbs ("it was kind of slow"), not as nouns ("what kind of database").
 */
import { type PhraseRule, wordAt, type MatchContext } from './phrases.js';

const KIND_DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'what', 'which', 'any', 'some', 'every', 'each', 'one', 'same', 'different', 'other',
  'these', 'those', "that's", "what's", 'no', 'our', 'my', 'your', 'their', 'his', 'her', 'its', 'right', 'wrong', 'first',
  'best', 'new', 'whatever', 'certain', 'particular', 'similar', 'another', 'two', 'three', 'many', 'all', 'of',
]);

function adverbialKind(ctx: MatchContext): boolean {
  return !KIND_DETERMINERS.has(wordAt(ctx, -1));
}

/** "I think about/of/through …" is thinking, not hedging. */
function thinkHedges(ctx: MatchContext): boolean {
  return !['about', 'of', 'through', 'back'].includes(wordAt(ctx, ctx.n));
}

/** The hedge table, longest phrases first. */
export const HEDGE_RULES: readonly PhraseRule[] = [
  { label: "i'm not sure", words: ["i'm", 'not', 'sure'] },
  { label: "i'm not sure", words: ['i', 'am', 'not', 'sure'] },
  { label: 'more or less', words: ['more', 'or', 'less'] },
  { label: 'i would say', words: ['i', 'would', 'say'] },
  { label: 'i would say', words: ["i'd", 'say'] },
  { label: 'i feel like', words: ['i', 'feel', 'like'] },
  { label: 'i think', words: ['i', 'think'], when: thinkHedges },
  { label: 'i guess', words: ['i', 'guess'] },
  { label: 'i suppose', words: ['i', 'suppose'] },
  { label: 'i believe', words: ['i', 'believe'] },
  { label: 'not sure', words: ['not', 'sure'] },
  { label: 'kind of', words: ['kind', 'of'], when: adverbialKind },
  { label: 'sort of', words: ['sort', 'of'], when: adverbialKind },
  { label: 'kind of', words: ['kinda'] },
  { label: 'sort of', words: ['sorta'] },
  { label: 'maybe', words: ['maybe'] },
  { label: 'perhaps', words: ['perhaps'] },
  { label: 'probably', words: ['probably'] },
  { label: 'somewhat', words: ['somewhat'] },
  { label: 'hopefully', words: ['hopefully'] },
];

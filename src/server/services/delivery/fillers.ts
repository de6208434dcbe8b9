/**
 * Filler-word rules. Pure hesitation sounds (um, uh, er, hmm) always count.
 * Words that are also ordinary English ("like", "so", "you know", "I mean")
 * count only where the context shows they carry no meaning — set off by
 * commas, trailing off, or next to another filler — so "I like Go",
 * "things like caching" and "So we moved the queue" are never flagged.
 * When unsure, a word is not counted: an under-count is safer than telling
 * someone they said "like" when they did not.
 */
import { atEnd, gapAfter, gapBefore, type MatchContext, type PhraseRule, wordAt } from './phrases.js';
import { endsSentence, isSetOff, startsSentence } from './tokens.js';

/** Hesitation sounds: um, umm, uh, uhm, er, erm, ah, hmm, mm. */
const SOUND = /^(?:u+m+|u+h+m*|e+r+m*|a+h+|h+m+|m{2,})$/;

export function isHesitationSound(norm: string): boolean {
  return SOUND.test(norm);
}

/** Words after which "like" is a verb: "I like", "we really like", "don't like", "to like". */
const LIKE_SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'people', 'who', 'i\'d', 'we\'d', 'you\'d', 'they\'d', 'he\'d', 'she\'d']);
const LIKE_AUX = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't", 'would', "wouldn't", 'will', "won't", 'to', 'not', 'might', 'may', 'could', 'should']);
const LIKE_ADVERBS = new Set(['really', 'also', 'just', 'still', 'always', 'never', 'actually', 'genuinely', 'particularly', 'especially', 'all', 'both', 'personally', 'generally', 'usually', 'kinda']);
/** Words after which "like" is a preposition: "looks like", "something like", "things like". */
const LIKE_PREP_HEADS = new Set([
  'look', 'looks', 'looked', 'looking', 'sound', 'sounds', 'sounded', 'seem', 'seems', 'seemed', 'feel', 'feels', 'felt', 'feeling',
  'something', 'anything', 'nothing', 'more', 'much', 'things', 'stuff', 'exactly', 'just', 'be', 'is', 'was', 'were', 'are', "it's",
]);

function nextIsFiller(ctx: MatchContext): boolean {
  return isHesitationSound(wordAt(ctx, ctx.n));
}

function prevIsFiller(ctx: MatchContext): boolean {
  return isHesitationSound(wordAt(ctx, -1));
}

function likeIsVerb(ctx: MatchContext): boolean {
  const p1 = wordAt(ctx, -1);
  const p2 = wordAt(ctx, -2);
  if (isSetOff(gapBefore(ctx))) return false;
  return LIKE_SUBJECTS.has(p1) || LIKE_AUX.has(p1) || (LIKE_ADVERBS.has(p1) && (LIKE_SUBJECTS.has(p2) || LIKE_AUX.has(p2)));
}

/**
 * "like" is a filler when: set off on both sides ("we, like, shipped"); or
 * followed by a comma where it cannot be a verb or preposition ("Like, the API",
 * "it was just, like, fine"); or right next to a hesitation sound ("um like").
 * A comma only before it ("tools, like Jenkins") reads as "such as": not counted.
 */
function likeIsFiller(ctx: MatchContext): boolean {
  const before = isSetOff(gapBefore(ctx)) || startsSentence(ctx.tokens, ctx.i);
  const after = isSetOff(gapAfter(ctx));
  if (nextIsFiller(ctx) || prevIsFiller(ctx)) return !likeIsVerb(ctx);
  if (!after) return false;
  if (before && isSetOff(gapBefore(ctx))) return true;
  return !likeIsVerb(ctx) && !LIKE_PREP_HEADS.has(wordAt(ctx, -1));
}

/** Words after which a sentence-final "so" is a pro-form: "I think so.", "ten minutes or so." */
const SO_PROFORM_HEADS = new Set(['think', 'hope', 'guess', 'say', 'said', 'believe', 'suppose', 'do', 'did', 'does', 'or', 'not', 'even', 'more', 'ever', 'just', 'and', 'expect', 'imagine']);

/**
 * "so" is a filler when it leads nowhere: followed by a hesitation sound or
 * "yeah" ("so, um", "so yeah"), trailing off ("and so…"), or ending a sentence
 * outside a pro-form. "So we moved the queue to Kafka" is a clause: not counted.
 */
function soIsFiller(ctx: MatchContext): boolean {
  const next = wordAt(ctx, 1);
  if (nextIsFiller(ctx) || next === 'yeah') return true;
  const gap = gapAfter(ctx);
  if (/…|\.\.|[—–]|\s-\s*$/.test(gap)) return true;
  if (atEnd(ctx) || endsSentence(gap)) return !SO_PROFORM_HEADS.has(wordAt(ctx, -1));
  return false;
}

/** "you know" as a tag or aside — not "do you know", "as you know", "you know the system". */
const YOU_KNOW_EXCLUDE = new Set(['do', 'did', "don't", "didn't", 'if', 'as', 'would', 'could', 'will', 'what', 'whether', 'than', 'because']);

function youKnowIsFiller(ctx: MatchContext): boolean {
  if (YOU_KNOW_EXCLUDE.has(wordAt(ctx, -1))) return false;
  const gap = gapAfter(ctx);
  return atEnd(ctx) || isSetOff(gap) || endsSentence(gap) || nextIsFiller(ctx);
}

/** "I mean," opening or interrupting a sentence — not "I mean it", "what I mean is". */
function iMeanIsFiller(ctx: MatchContext): boolean {
  if (['what', 'which', 'that', 'if', 'do', 'did'].includes(wordAt(ctx, -1))) return false;
  const gap = gapAfter(ctx);
  const opens = startsSentence(ctx.tokens, ctx.i) || isSetOff(gapBefore(ctx));
  return (opens && isSetOff(gap)) || nextIsFiller(ctx);
}

/** The filler table, longest phrases first. Labels are what the report counts by. */
export const FILLER_RULES: readonly PhraseRule[] = [
  { label: 'you know', words: ['you', 'know'], when: youKnowIsFiller },
  { label: 'i mean', words: ['i', 'mean'], when: iMeanIsFiller },
  { label: 'um', words: [/^(?:u+m+|e+r+m+|u+h+m+)$/] },
  { label: 'uh', words: [/^(?:u+h+|e+r+)$/] },
  { label: 'ah', words: [/^a+h+$/] },
  { label: 'hmm', words: [/^(?:h+m+|m{2,})$/] },
  { label: 'like', words: ['like'], when: likeIsFiller },
  { label: 'so', words: ['so'], when: soIsFiller },
  { label: 'basically', words: ['basically'] },
];

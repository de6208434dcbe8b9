/**
 * A tiny phrase matcher over tokens: a phrase is a list of normalised words
 * plus an optional rule that reads the context (neighbouring words and the
 * punctuation around the match). Filler and hedge tables are built from it.
 */
import type { Token } from './tokens.js';

/** The match being judged: tokens `i … i + n - 1` of `tokens`. */
export interface MatchContext {
  tokens: readonly Token[];
  i: number;
  n: number;
}

export interface PhraseRule {
  /** Label reported for a match, e.g. "you know". */
  label: string;
  /** Normalised words; a RegExp matches one word by pattern (e.g. /^u+m+$/ for "ummm"). */
  words: ReadonlyArray<string | RegExp>;
  /** Extra condition; absent = the words alone are enough. */
  when?: (ctx: MatchContext) => boolean;
}

export interface PhraseMatch {
  label: string;
  /** Index of the first word. */
  index: number;
  /** Number of words matched. */
  n: number;
}

function wordMatches(pattern: string | RegExp, norm: string): boolean {
  return typeof pattern === 'string' ? pattern === norm : pattern.test(norm);
}

function matchesAt(rule: PhraseRule, tokens: readonly Token[], i: number): boolean {
  if (i + rule.words.length > tokens.length) return false;
  for (let k = 0; k < rule.words.length; k++) {
    if (!wordMatches(rule.words[k]!, tokens[i + k]!.norm)) return false;
  }
  return rule.when ? rule.when({ tokens, i, n: rule.words.length }) : true;
}

/**
 * Scan left to right; at each word the first rule (table order — put longer
 * phrases first) that matches wins, and matched words are not reused.
 */
export function findPhrases(tokens: readonly Token[], rules: readonly PhraseRule[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const rule = rules.find((r) => matchesAt(r, tokens, i));
    if (rule) {
      out.push({ label: rule.label, index: i, n: rule.words.length });
      i += rule.words.length;
    } else i++;
  }
  return out;
}

/** The normalised word `k` places from the match start (negative = before), or '' outside the text. */
export function wordAt(ctx: MatchContext, k: number): string {
  return ctx.tokens[ctx.i + k]?.norm ?? '';
}

/** The punctuation gap right after the match ('' at the end of the text is reported as end). */
export function gapAfter(ctx: MatchContext): string {
  return ctx.tokens[ctx.i + ctx.n - 1]!.after;
}

export function gapBefore(ctx: MatchContext): string {
  return ctx.tokens[ctx.i]!.before;
}

/** Is the match the last thing in the text? */
export function atEnd(ctx: MatchContext): boolean {
  return ctx.i + ctx.n >= ctx.tokens.length;
}

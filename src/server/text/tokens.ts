/**
 * Small text helpers shared by chunking, dedupe, query building and
 * highlighting: one tokenizer so every part agrees on what a "word" is.
 */
import { createHash } from 'node:crypto';
import { stem } from './stem.js';

/** A word and where it sits in the original text. */
export interface Token {
  /** Lower-cased word with diacritics removed. */
  word: string;
  start: number;
  end: number;
}

// Letters and digits, allowing inner apostrophes, dots and plus signs
// ("don't", "node.js", "c++") the way people write tech words.
const WORD = /[\p{L}\p{N}]+(?:['’.+#][\p{L}\p{N}]+)*[+#]*/gu;

/** Lower-case and strip diacritics so "Café" and "cafe" are one word. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Split text into word tokens with their offsets in the original string. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: fold(m[0]).replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Split a folded word the way SQLite's unicode61 tokenizer does (on every non-alphanumeric). */
export function ftsParts(word: string): string[] {
  return word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// ASCII text needs no Unicode folding: unicode61 splits it on every non-alphanumeric.
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_PART = /[a-z0-9]+/g;

/** Stemmed unicode61-compatible terms of a text, in order (used for the stemmed index and re-ranking). */
export function stemTerms(text: string): string[] {
  // Fast path (10× faster): re-ranking stems dozens of snippets per search.
  if (ASCII.test(text)) return (text.toLowerCase().match(ASCII_PART) ?? []).map(stem);
  const out: string[] = [];
  for (const t of tokenize(text)) for (const p of ftsParts(t.word)) out.push(stem(p));
  return out;
}

/** Count words the way a person would (for chunk sizes). */
export function wordCount(text: string): number {
  return tokenize(text).length;
}

/** Content hash for dedupe: case, spacing and punctuation differences do not count. */
export function contentHash(text: string): string {
  const normal = tokenize(text)
    .map((t) => t.word)
    .join(' ');
  return createHash('sha256').update(normal).digest('hex');
}

/**
 * Words that carry no meaning in a question about one's work ("tell me about a
 * time when you…"). Removed from queries only; stories are indexed whole.
 */
export const QUERY_STOPWORDS = new Set(
  (
    'a an the and or but of to in on at for from by with about as into over under than then ' +
    'is are was were be been being am do does did done doing have has had having ' +
    'i me my mine we us our you your yours he she it its they them their this that these those ' +
    'what which who whom whose when where why how there here if so not no yes can could would ' +
    'should will shall may might must just also very really more most some any all each every ' +
    'tell describe give share walk talk explain example examples time times story stories ' +
    'please question interview experience situation moment ever once one someone something anything ' +
    'thing things get gets got make made making found find go went say said think thought want wanted ' +
    'need needed use used uses using way ways like work worked working up out off afterwards afterward'
  ).split(' '),
);

/**
 * Two ways an answer can look complete without telling anything, both found by an exploratory
 * tester in session 7:
 * - an example answer pasted back with its [placeholders] unfilled ("[what was at stake, and for
 *   whom]") scored 3.5 with "No changes suggested";
 * - a list of bare claims ("I led, I decided, I designed, I built" or "50% faster, 40% cheaper,
 *   $2M saved, 99.99% uptime") scored 3.3 with "dense with verifiable specifics".
 * No labelled answer (564, fifteen sets of roles) has either, so neither can cost a real story.
 */
import { STAR_LABEL } from '../star.js';

/** A bracketed gap of two or more words, as the example answers leave them. */
const PLACEHOLDER = /\[[^\]\n]{3,160}\]/g;

/** The [placeholders] left unfilled in an answer. */
export function placeholdersIn(answer: string): string[] {
  return (answer.match(PLACEHOLDER) ?? []).filter((p) => p.trim().split(/\s+/).length >= 2);
}

/** "I led", "and I built": an own verb with nothing done to anything. */
const BARE_I = /^\s*(?:and\s+)?I\s+[a-z]+\s*$/i;
/** "50% faster", "$2M saved", "99.99% uptime": a figure first, at most two words of what. */
const BARE_FIGURE = /^\s*(?:and\s+)?[$€£]?\d[\d.,]*\s*(?:%|[kmb]\b|ms\b|x\b)?\s*(?:[a-z][a-z-]*\s*){0,2}$/i;
/** A run of this many bare items in one sentence is a list, not an account. */
const MIN_RUN = 4;

export interface ClaimList {
  text: string;
  /** Bare "I verb" items: never how anyone tells what they did. */
  own: boolean;
}

function runsIn(sentence: string): ClaimList[] {
  const items = sentence.replace(STAR_LABEL, '').replace(/[.!?]\s*$/, '').split(/,\s*/);
  const out: ClaimList[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= MIN_RUN) out.push({ text: run.join(', '), own: run.every((x) => BARE_I.test(x)) });
    run = [];
  };
  for (const item of items) {
    if (BARE_I.test(item) || BARE_FIGURE.test(item)) run.push(item.trim());
    else flush();
  }
  flush();
  return out;
}

/** The runs of bare claims in an answer's sentences. */
export function claimLists(sentences: readonly string[]): ClaimList[] {
  return sentences.flatMap(runsIn);
}

/**
 * A list of claims stands in for the story: a run of bare "I verb" items, or two runs of any kind.
 * One run of figures alone can be a fair result line ("40% fewer errors, 30% cheaper, …").
 */
export function isClaimList(lists: readonly ClaimList[]): boolean {
  return lists.some((l) => l.own) || lists.length >= 2;
}

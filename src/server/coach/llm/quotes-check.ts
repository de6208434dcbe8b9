/**
 * Checking a coach's prose for words put in the user's mouth: every quoted
 * span (“…”, "…", ‘…’) and every figure the text presents as the user's must
 * occur in what the user really wrote. Words offered as a model for the user to
 * say ("say “I decided…”") are advice, not attribution: their quotes pass, and
 * invented figures in them become a visible [number], as in example answers.
 */
import { quoteOccurs } from './evidence.js';
import { figuresIn, isAdviceFigure, type FigureMatch } from './figures.js';

/** What the prose may draw on, prepared once per reply. */
export interface Material {
  /** Normalised text a quote may come from: the answer, the user's resume and notes, the job description, the question. */
  quotable: string;
  /** Values of the figures the user gave (answer, resume, notes) or that the question holds. */
  figures: ReadonlySet<number>;
  /** Bare counts the prompt itself gave the model (word count, seconds spoken). */
  promptCounts: ReadonlySet<number>;
}

interface Span {
  start: number;
  end: number;
  inner: string;
}

// A closing ’ followed by a letter is an apostrophe inside the quote ("didn’t").
const QUOTE_RE = /“([^”]{1,600})”|"([^"\n]{1,600})"|‘(.{1,600}?)’(?!\p{L})/gu;

/** Quoted spans worth checking: two words or more, or any with a digit ("STAR" in quotes is a term, not a quote). */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (inner.split(/\s+/).length >= 2 || /\d/.test(inner)) out.push({ start: m.index, end: m.index + m[0].length, inner });
  }
  return out;
}

const BOUNDARY_RE = /[.!?]+["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;

/** Sentences of `text`, never cut inside a quoted span. */
export function splitSentences(text: string): string[] {
  const spans = [...text.matchAll(QUOTE_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: string[] = [];
  let from = 0;
  for (const b of text.matchAll(BOUNDARY_RE)) {
    if (spans.some(([s, e]) => b.index > s && b.index < e)) continue;
    out.push(text.slice(from, b.index + b[0].length).trim());
    from = b.index + b[0].length;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}

/** Words that present what follows as the user's own ("you said", "instead of"). */
const ATTRIBUTE_RE = /\b(?:you(?:'ve|’ve)? (?:said|say|says|mention(?:ed)?|wrote|write|told|claim(?:ed)?|call(?:ed)?|describe[ds]?|put it|use[ds]?|open(?:ed)?|start(?:ed)?|end(?:ed)?|close[ds]?)|your (?:words|phrase|line|own)|in your answer|instead of|rather than|replace|swap|quot(?:e|ed|ing))\b/gi;
/** Words that offer what follows as a model to say ("try", "e.g.", "replace … with"). */
const SUGGEST_RE = /\b(?:say(?:ing)?|try(?:ing)?|for example|for instance|such as|something like|like|instead(?! of)|(?:open|start|end|lead|close)(?:ing)? with|could|would|should|might|consider|aim (?:for|to)|use|phrase it|write|next time|state|mention|add|include|quantify|(?:replace|swap)\b[^.!?]*?\bwith)\b|\be\.g\.|\bi\.e\./gi;

function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = Math.max(end, m.index + m[0].length);
  return end;
}

/** Whether the words at `at` are offered as a suggestion (otherwise they are read as the user's). */
export function suggestedAt(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  // The nearer cue wins; with none, the demanding reading: they are presented as the user's.
  return lastEnd(SUGGEST_RE, before) > lastEnd(ATTRIBUTE_RE, before);
}

function figureGiven(f: FigureMatch, m: Material): boolean {
  return m.figures.has(f.value) || (f.bare && m.promptCounts.has(f.value));
}

/**
 * One sentence (or list item) checked: null when it puts invented words or
 * figures in the user's mouth, otherwise its text with invented figures that
 * were only suggested replaced by [number].
 */
export function checkSentence(sentence: string, m: Material): string | null {
  const spans = quotedSpans(sentence);
  const spanAt = (i: number) => spans.find((s) => i >= s.start && i < s.end);
  for (const s of spans) if (!suggestedAt(sentence, s.start) && !quoteOccurs(s.inner, m.quotable)) return null;
  const invented = figuresIn(sentence).filter((f) => !figureGiven(f, m) && !isAdviceFigure(sentence, f));
  const replace: FigureMatch[] = [];
  for (const f of invented) {
    const span = spanAt(f.index);
    if (span && !suggestedAt(sentence, span.start)) continue; // inside a quote already found in the material
    if (!suggestedAt(sentence, span?.start ?? f.index)) return null;
    replace.push(f);
  }
  return replace.reduceRight((text, f) => `${text.slice(0, f.index)}[number]${text.slice(f.index + f.raw.length)}`, sentence);
}

/** Prose checked sentence by sentence: what is kept, and how many sentences were dropped of how many. */
export function checkProse(text: string, m: Material): { text: string; dropped: number; total: number } {
  const sentences = splitSentences(text);
  const kept = sentences.map((s) => checkSentence(s, m)).filter((s): s is string => s !== null);
  return { text: kept.join(' '), dropped: sentences.length - kept.length, total: sentences.length };
}

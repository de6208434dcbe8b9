/**
 * Figures in a model's text ("300%", "$2M", "40 designers") and the figures
 * the candidate's own material really holds, compared by value so that "6"
 * matches "six" and "$2M" matches "2,000,000". Used to keep a coach from
 * crediting the user with numbers they never gave.
 */

/** A figure: optional currency, digits with separators, optional percent or scale (not the "5" of "4/5" or "24/7"). */
const FIGURE_RE = /(?<![\p{L}\p{N}.,/])[$£€]?\d+(?:[.,]\d+)*(?:\s?(?:%|percent\b|k\b|m\b|bn\b|million\b|thousand\b|billion\b|x\b))?/giu;

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, hundred: 100 };
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SPELLED_RE = new RegExp(`\\b(${TENS.filter(Boolean).join('|')})(?:[\\s-](${ONES.slice(1, 10).join('|')}))?\\b|\\b(${ONES.join('|')}|dozen|hundred)\\b`, 'gi');
const SCALE_AFTER_RE = /^\s+(hundred|thousand|million|billion)\b/i;

/**
 * What follows a figure when it is delivery advice, a score or a range of
 * them, not a fact about the candidate: "90 seconds", "150–300 words",
 * "2 examples", "3/5", "4 out of 5".
 */
const ADVICE_UNIT_RE = /^(?:\s?(?:[-–—]|to)\s?\d+)?\s?(?:seconds?|secs?|minutes?|mins?|words?|sentences?|points?|steps?|examples?|parts?|stor(?:y|ies)|questions?|bullets?|lines?|paragraphs?|times|\/\s?5\b|out of 5\b)/i;
const SCORE_BEFORE_RE = /(?:scored?|scores|rated|rating|overall|a score of|out of)\s*(?:of\s*)?$/i;

export interface FigureMatch {
  raw: string;
  index: number;
  value: number;
  /** A bare number (no currency, percent or scale): prompt-given counts like the word count may match it. */
  bare: boolean;
}

/** The number a figure stands for ("$2,000,000" → 2e6, "3.5k" → 3500, "40%" → 40). */
export function figureValue(raw: string): number {
  const m = /([\d.,]+)\s?([a-z]*)/i.exec(raw.replace(/^[$£€]/, ''));
  if (!m) return Number.NaN;
  const digits = m[1]!;
  // "2,000,000" groups thousands; "3,5" is a decimal comma.
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.');
  return Number(plain) * (SCALES[m[2]!.toLowerCase()] ?? 1);
}

/** Every figure written in digits, with where it is. */
export function figuresIn(text: string): FigureMatch[] {
  return [...text.matchAll(FIGURE_RE)].map((m) => ({
    raw: m[0],
    index: m.index,
    value: figureValue(m[0]),
    bare: /^\d+$/.test(m[0]),
  }));
}

/** Whether the figure at `f` is advice, a score or a range of either rather than a claimed fact. */
export function isAdviceFigure(text: string, f: FigureMatch): boolean {
  const after = text.slice(f.index + f.raw.length);
  return ADVICE_UNIT_RE.test(after) || SCORE_BEFORE_RE.test(text.slice(0, f.index));
}

function spelledValue(m: RegExpMatchArray): number {
  if (m[3]) {
    const w = m[3].toLowerCase();
    return w === 'dozen' ? 12 : w === 'hundred' ? 100 : ONES.indexOf(w);
  }
  return TENS.indexOf(m[1]!.toLowerCase()) * 10 + (m[2] ? ONES.indexOf(m[2].toLowerCase()) : 0);
}

/** Adds `value` and, when a scale word follows ("two million"), the scaled value too. */
function addWithScale(out: Set<number>, value: number, after: string): void {
  out.add(value);
  const scale = SCALE_AFTER_RE.exec(after);
  if (scale) out.add(value * SCALES[scale[1]!.toLowerCase()]!);
}

/** The values of every figure in `text`, in digits or spelled out ("six hours", "two million"). */
export function figureValues(text: string): Set<number> {
  const out = new Set<number>();
  for (const f of figuresIn(text)) addWithScale(out, f.value, text.slice(f.index + f.raw.length));
  for (const m of text.matchAll(SPELLED_RE)) addWithScale(out, spelledValue(m), text.slice(m.index + m[0].length));
  return out;
}

/**
 * A learned reading of the whole answer, beside the hand-written rubric. Hand
 * rules generalise badly to roles nobody wrote them for: their blind first reads
 * on new sets of roles were 0.47–0.79 Spearman. A ridge regression over the
 * answer's word and word-pair stems, trained on the labelled calibration set,
 * reads new roles better (0.83–0.87 on each split it was not trained on): it
 * learns the cues interviewers react to — counts, orderings ("first", "rather
 * than", "before"), own verbs — against general talk ("really", "always",
 * "team effort", "I think"), plus the answer's length band (session 7: leave-one-split-
 * out 0.87 → 0.90). It never replaces the rubric: its score is blended into `overall`
 * before the thin caps, and every dimension keeps its quoted evidence. Where it knows
 * little of the answer (`readerCoverage`) its share shrinks to nothing (evaluate.ts).
 *
 * The model is data (`assets/reader-model.json`), written by
 * `npm run train:reader` from the labelled set and checked by a test to match it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../paths.js';
import { stem } from '../../../text/stem.js';
import { QUERY_STOPWORDS } from '../../../text/tokens.js';

export const READER_MODEL_FILE = path.join(PROJECT_ROOT, 'src', 'server', 'coach', 'builtin', 'assets', 'reader-model.json');

/**
 * A trained reader: one weight per word feature (scaled by 1/√n when read), and one weight per
 * extra feature (the answer's length band), added as is.
 */
export interface ReaderModel {
  version: 2;
  lambda: number;
  intercept: number;
  features: string[];
  weights: number[];
  extras: string[];
  extraWeights: number[];
}

/**
 * Word-count bands, cut before the data was seen. Humans reward an answer that is developed
 * (a story needs room) and mark down one that is thin or sprawls; n-grams alone cannot see that,
 * because the word features are scaled so that more of them never scores higher.
 */
const LENGTH_BANDS = [40, 70, 110, 160, 230, 320, 450];

/** Tokens as the model sees them: stems, with every number one token and every currency sign another. */
function tokens(text: string): string[] {
  const raw = text.toLowerCase().replace(/[“”"]/g, ' ').match(/[a-z']+|\d+%?|[£$€]/g) ?? [];
  return raw.map((w) => (/^\d/.test(w) ? '<num>' : /^[£$€]$/.test(w) ? '<cur>' : stem(w)));
}

/** The answer's features: each stem and each pair of neighbouring stems, once. */
export function readerFeatures(text: string): Set<string> {
  const t = tokens(text);
  const out = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    out.add(t[i]!);
    if (i + 1 < t.length) out.add(`${t[i]}_${t[i + 1]}`);
  }
  return out;
}

/** The answer's extra features: its length band. */
export function readerExtras(text: string): string[] {
  const n = text.split(/\s+/).filter(Boolean).length;
  return [`<len:${LENGTH_BANDS.filter((cut) => n >= cut).length}>`];
}

/**
 * The model's 0–100 reading of a set of features. Present word features count equally
 * and are scaled by 1/√(how many the model knows), so a longer answer does not
 * score higher by having more of them; extra features add their weight as is.
 */
export function readScore(model: ReaderModel, features: Set<string>, index: Map<string, number> = indexOf(model), extras: readonly string[] = []): number {
  let sum = 0;
  let n = 0;
  for (const f of features) {
    const k = index.get(f);
    if (k === undefined) continue;
    sum += model.weights[k]!;
    n++;
  }
  let extra = 0;
  for (const e of extras) extra += model.extraWeights[model.extras.indexOf(e)] ?? 0;
  const score = model.intercept + (n > 0 ? sum / Math.sqrt(n) : 0) + extra;
  return Math.min(100, Math.max(0, score));
}

/**
 * How much of the answer the reader knows: the share of its distinct content words (stems of
 * three letters or more, not stop words) that are word features of the model. Every labelled
 * answer is at 0.64 or more; gibberish, another language or talk about nothing work-like (a
 * recipe: 0.27) is far below, and there the reader's score is its prior, not a reading.
 */
export function readerCoverage(model: ReaderModel, text: string, index: Map<string, number> = indexOf(model)): number {
  const content = (text.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => w.length > 2 && !QUERY_STOPWORDS.has(w));
  const stems = [...new Set(content.map((w) => stem(w)))];
  return stems.length > 0 ? stems.filter((s) => index.has(s)).length / stems.length : 0;
}

/** Feature → position in the model's weights. */
export function indexOf(model: ReaderModel): Map<string, number> {
  return new Map(model.features.map((f, k) => [f, k]));
}

let loaded: { model: ReaderModel; index: Map<string, number> } | null | undefined;

/** The committed model, loaded once; null when the file is missing (the rubric then scores alone). */
export function readerModel(): { model: ReaderModel; index: Map<string, number> } | null {
  if (loaded === undefined) {
    // A missing file leaves the rubric to score alone; a corrupt one is a bug and throws.
    const model = existsSync(READER_MODEL_FILE) ? (JSON.parse(readFileSync(READER_MODEL_FILE, 'utf8')) as ReaderModel) : null;
    loaded = model ? { model, index: indexOf(model) } : null;
  }
  return loaded;
}

/** The reader's score of an answer on the rubric's 1–5 scale, and how much of the answer it knows. */
export interface Reading {
  score: number;
  coverage: number;
}

/** The committed reader's reading of an answer's text, or null without a model. */
export function readAnswer(text: string): Reading | null {
  const m = readerModel();
  if (!m) return null;
  const score = 1 + (4 * readScore(m.model, readerFeatures(text), m.index, readerExtras(text))) / 100;
  return { score, coverage: readerCoverage(m.model, text, m.index) };
}

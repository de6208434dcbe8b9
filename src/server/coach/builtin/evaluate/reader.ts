/**
 * A learned reading of the whole answer, beside the hand-written rubric. Hand
 * rules generalise badly to roles nobody wrote them for: their blind first reads
 * on new sets of roles were 0.47–0.79 Spearman. A ridge regression over the
 * answer's word and word-pair stems, trained on the labelled calibration set,
 * reads new roles better (0.83–0.87 on each split it was not trained on): it
 * learns the cues interviewers react to — counts, orderings ("first", "rather
 * than", "before"), own verbs — against general talk ("really", "always",
 * "team effort", "I think"). It never replaces the rubric: its score is blended
 * into `overall` before the caps, and every dimension keeps its quoted evidence.
 *
 * The model is data (`assets/reader-model.json`), written by
 * `npm run train:reader` from the labelled set and checked by a test to match it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../paths.js';
import { stem } from '../../../text/stem.js';

export const READER_MODEL_FILE = path.join(PROJECT_ROOT, 'src', 'server', 'coach', 'builtin', 'assets', 'reader-model.json');

/** A trained reader: one weight per feature, predicting a 0–100 human-style score. */
export interface ReaderModel {
  version: 1;
  lambda: number;
  intercept: number;
  features: string[];
  weights: number[];
}

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

/**
 * The model's 0–100 reading of a set of features. Present features count equally
 * and are scaled by 1/√(how many the model knows), so a longer answer does not
 * score higher by having more of them.
 */
export function readScore(model: ReaderModel, features: Set<string>, index: Map<string, number> = indexOf(model)): number {
  let sum = 0;
  let n = 0;
  for (const f of features) {
    const k = index.get(f);
    if (k === undefined) continue;
    sum += model.weights[k]!;
    n++;
  }
  const score = model.intercept + (n > 0 ? sum / Math.sqrt(n) : 0);
  return Math.min(100, Math.max(0, score));
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

/** The reader's score of an answer's text on the rubric's 1–5 scale, or null without a model. */
export function readOverall(text: string): number | null {
  const m = readerModel();
  if (!m) return null;
  return 1 + (4 * readScore(m.model, readerFeatures(text), m.index)) / 100;
}

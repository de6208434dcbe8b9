/**
 * Highlighting in JavaScript: marks the words of a text that a query plan
 * matches (by stem, phrases as whole sequences). Used when the index cannot
 * highlight itself (pre-stemmed index, vector-only hits, other dialects).
 */
import type { QueryPlan } from './expand.js';
import { stem } from '../../text/stem.js';
import { ftsParts, tokenize } from '../../text/tokens.js';
import type { HighlightSegment } from './types.js';

/** The plan's phrases as stems, by first stem: each word is then checked against only the phrases it can start. */
const phrasesOf = new WeakMap<QueryPlan, Map<string, string[][]>>();

function phrasesByFirstStem(plan: QueryPlan): Map<string, string[][]> {
  let map = phrasesOf.get(plan);
  if (!map) {
    map = new Map();
    for (const t of plan.terms) {
      const ph = t.words.map(stem);
      if (!ph.length) continue;
      const list = map.get(ph[0]!);
      if (list) list.push(ph);
      else map.set(ph[0]!, [ph]);
    }
    phrasesOf.set(plan, map);
  }
  return map;
}

/** Split text into segments, marking matched words. */
export function highlightText(text: string, plan: QueryPlan): HighlightSegment[] {
  const parts = tokenize(text).flatMap((t) => {
    let at = t.start;
    return ftsParts(t.word).map((p) => {
      // Offsets of each unicode61 part inside the original token (same length after folding for ASCII).
      const start = Math.max(at, t.start + t.word.indexOf(p, at - t.start));
      at = start + p.length;
      return { stem: stem(p), start, end: Math.min(start + p.length, t.end) };
    });
  });
  const marked = new Array<boolean>(parts.length).fill(false);
  const byFirst = phrasesByFirstStem(plan);
  for (let i = 0; i < parts.length; i++) {
    for (const ph of byFirst.get(parts[i]!.stem) ?? []) {
      if (ph.every((s, j) => parts[i + j]?.stem === s)) for (let j = 0; j < ph.length; j++) marked[i + j] = true;
    }
  }
  return toSegments(text, parts.filter((_, i) => marked[i]));
}

/** Turn marked ranges into alternating plain/matched segments, merging adjacent marks. */
export function toSegments(text: string, ranges: Array<{ start: number; end: number }>): HighlightSegment[] {
  const out: HighlightSegment[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    const gap = text.slice(at, r.start);
    const last = out[out.length - 1];
    if (gap.trim() === '' && last?.match) last.text += gap + text.slice(r.start, r.end);
    else {
      if (gap) out.push({ text: gap, match: false });
      out.push({ text: text.slice(r.start, r.end), match: true });
    }
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

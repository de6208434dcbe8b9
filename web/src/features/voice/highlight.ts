/**
 * Transcript parts for highlighting fillers and hedges: built from the
 * character ranges the server reports, rendered as text nodes in <mark>
 * elements — never as HTML. Pure, so it is tested in Node.
 */
export type MarkKind = 'filler' | 'hedge';

export interface TextPart {
  text: string;
  kind: MarkKind | null;
  /** The label (e.g. "you know") for a marked part. */
  label?: string;
}

export interface Range {
  offset: number;
  length: number;
  kind: MarkKind;
  label: string;
}

/** Split `text` by non-overlapping ranges (overlaps keep the earlier range; out-of-bounds ranges are dropped). */
export function splitByRanges(text: string, ranges: readonly Range[]): TextPart[] {
  const sorted = ranges
    .filter((r) => r.length > 0 && r.offset >= 0 && r.offset + r.length <= text.length)
    .slice()
    .sort((a, b) => a.offset - b.offset);
  const parts: TextPart[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.offset < at) continue;
    if (r.offset > at) parts.push({ text: text.slice(at, r.offset), kind: null });
    parts.push({ text: text.slice(r.offset, r.offset + r.length), kind: r.kind, label: r.label });
    at = r.offset + r.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), kind: null });
  return parts;
}

/** The submitted transcript with fillers and hedges marked — text nodes in <mark>, never HTML. */
import type { Delivery } from './api.js';
import { type Range, splitByRanges } from './highlight.js';

export function rangesOf(d: Delivery): Range[] {
  return [
    ...d.fillers.items.map((f) => ({ offset: f.offset, length: f.length, kind: 'filler' as const, label: f.word })),
    ...d.hedges.items.map((h) => ({ offset: h.offset, length: h.length, kind: 'hedge' as const, label: h.phrase })),
  ];
}

export function HighlightedTranscript({ text, delivery }: { text: string; delivery: Delivery }) {
  return (
    <div>
      <p className="voice-legend">
        <mark className="voice-filler">filler</mark> <mark className="voice-hedge">hedge</mark>
      </p>
      <p className="voice-transcript">
        {splitByRanges(text, rangesOf(delivery)).map((p, i) =>
          p.kind ? (
            <mark key={i} className={`voice-${p.kind}`} title={`${p.kind}: ${p.label}`}>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
    </div>
  );
}

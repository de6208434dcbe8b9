/** Quoting hedges for the delivery numbers. DOM-free (tested in Node). */
import type { Delivery } from '../../../../src/shared/delivery.js';

/**
 * The hedges as the transcript wrote them ("I think", not the matcher's "i think"),
 * each once (case-insensitively), quoted; the matcher's phrase when the range is off the text.
 */
export function hedgeQuotes(d: Delivery, text?: string): string {
  const seen = new Map<string, string>();
  for (const h of d.hedges.items) {
    const said = text?.slice(h.offset, h.offset + h.length);
    const shown = said && said.toLowerCase() === h.phrase.toLowerCase() ? said : h.phrase;
    if (!seen.has(shown.toLowerCase())) seen.set(shown.toLowerCase(), `“${shown}”`);
  }
  return [...seen.values()].join(', ');
}

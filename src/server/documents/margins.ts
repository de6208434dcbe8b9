/**
 * Remove running headers and footers from multi-page PDFs: a line that sits at
 * the top or bottom of most pages ("Jane Doe — page 2", "Page 2 of 3") is
 * page furniture, not content. Page-number lines go even on a single page.
 */

/** How many lines at each end of a page count as the margin. */
const MARGIN_LINES = 2;
/** "3", "Page 3", "page 3 of 5", "3/5", "- 3 -" (at most 3 digits, so a lone year survives). */
const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$/i;

interface Sighting {
  page: number;
  line: string;
}

/** Lines with digits replaced, so "Page 2" and "Page 3" share a key. */
function marginKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function marginIndexes(lines: string[]): number[] {
  const idx = new Set<number>();
  for (let i = 0; i < Math.min(MARGIN_LINES, lines.length); i++) {
    idx.add(i);
    idx.add(lines.length - 1 - i);
  }
  return [...idx].filter((i) => lines[i]!.trim().length > 0);
}

/** Does `line` contain `n` as a standalone number ("page 2", "2/5"; not "2a" or "12")? */
const hasNumber = (line: string, n: number): boolean => new RegExp(`(^|[^\\p{L}\\p{N}])${n}([^\\p{L}\\p{N}]|$)`, 'u').test(line);

/**
 * Keys of margin lines that repeat on at least half the pages (min 2) and are
 * either identical everywhere or differ only by the page's own number.
 */
function repeatedKeys(pages: string[][]): Map<string, 'constant' | 'numbered'> {
  const seen = new Map<string, Sighting[]>();
  pages.forEach((lines, page) => {
    for (const i of marginIndexes(lines)) {
      const key = marginKey(lines[i]!);
      seen.set(key, [...(seen.get(key) ?? []), { page, line: lines[i]!.trim() }]);
    }
  });
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const out = new Map<string, 'constant' | 'numbered'>();
  for (const [key, sightings] of seen) {
    if (new Set(sightings.map((s) => s.page)).size < threshold) continue;
    if (new Set(sightings.map((s) => s.line)).size === 1) out.set(key, 'constant');
    else if (sightings.every((s) => hasNumber(s.line, s.page + 1))) out.set(key, 'numbered');
  }
  return out;
}

/** Return pages with repeated header/footer lines and page numbers removed. */
export function removePageMargins(pages: string[][]): string[][] {
  const repeated = repeatedKeys(pages);
  const keptOnce = new Set<string>();
  return pages.map((lines) => {
    const drop = new Set<number>();
    for (const i of marginIndexes(lines)) {
      const key = marginKey(lines[i]!);
      const kind = repeated.get(key);
      if (PAGE_NUMBER.test(lines[i]!.trim()) || kind === 'numbered') drop.add(i);
      // An identical line (often the name) is kept once, where it first appears.
      else if (kind === 'constant' && keptOnce.has(key)) drop.add(i);
      else if (kind === 'constant') keptOnce.add(key);
    }
    return lines.filter((_, i) => !drop.has(i));
  });
}

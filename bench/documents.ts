/**
 * Document extraction timings through the public API (worker round-trip
 * included): a 2-page and a 20-page resume PDF, plus a DOCX, and the
 * in-thread parse time of the 20-page PDF for comparison.
 */
import { closeExtractionPool, extractDocument } from '../src/server/documents/extract.js';
import { extractInThisThread } from '../src/server/documents/core.js';
import { resolveLimits } from '../src/server/documents/types.js';
import { makeDocx, makeResumePdf } from '../test/fixtures/documents/make.js';
import { measure, type BenchResult } from './lib.js';

export async function run(): Promise<BenchResult[]> {
  const twoPages = await makeResumePdf({ pages: 2 });
  const twentyPages = await makeResumePdf({ pages: 20, columns: 2 });
  const docx = makeDocx(
    Array.from({ length: 60 }, (_, i) => `• Delivered milestone ${i + 1} of the logistics platform rebuild on time`),
    [Array.from({ length: 10 }, (_, i) => [`Employer ${i + 1}`, 'Engineer', `${2010 + i} – ${2011 + i}`])],
  );
  const results: BenchResult[] = [];
  try {
    results.push(
      await measure('extract 2-page PDF (worker)', () => extractDocument({ bytes: twoPages }), { iterations: 60, warmup: 5, target: 'median < 50 ms' }),
      await measure('extract 20-page 2-column PDF (worker)', () => extractDocument({ bytes: twentyPages }), { iterations: 30, warmup: 3, target: 'median < 300 ms' }),
      await measure('extract DOCX, 60 bullets + table (worker)', () => extractDocument({ bytes: docx }), { iterations: 60, warmup: 5, target: 'median < 50 ms' }),
      await measure('parse 20-page PDF in-thread (no worker)', () => extractInThisThread({ bytes: twentyPages, filename: null, declaredType: null }, resolveLimits()), {
        iterations: 30,
        warmup: 3,
      }),
    );
  } finally {
    await closeExtractionPool();
  }
  return results;
}

/**
 * The two modules this service borrows from other parts of the app: document
 * text extraction (same formats and limits as resume uploads) and the built-in
 * coach's STAR outline. Loaded on first use so the search path never pays for
 * the extraction machinery.
 */
import type { OutlineFn, StoryOutline } from './star-note.js';

export interface ExtractedText {
  text: string;
}

export type ExtractFn = (input: { bytes: Buffer; filename: string }) => Promise<ExtractedText>;

/** Default extractor: src/server/documents/extract.ts, with the same size limit as uploads. */
export function extractWithDocuments(maxBytes?: number): ExtractFn {
  return async (input) => {
    const { extractDocument } = await import('../../documents/extract.js');
    return extractDocument(input, maxBytes ? { maxBytes } : undefined);
  };
}

let outline: OutlineFn | undefined;

/**
 * Default outliner: the built-in coach's STAR structure detection, with every
 * sentence in order (so the note keeps the words the outline leaves unlabelled).
 */
export async function loadOutlineStar(): Promise<OutlineFn> {
  if (!outline) {
    const mod = await import('../../coach/builtin/star.js');
    outline = (text: string): StoryOutline => ({
      ...mod.outlineStar(text),
      sentences: mod.labelSentences(text).map((s) => ({ text: s.text, part: s.part })),
    });
  }
  return outline;
}

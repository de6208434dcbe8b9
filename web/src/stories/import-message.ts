/** The status line after a file import on My stories (pure, so it is unit-tested). */

/** What the import answered: `skippedCorrected` is the part of `skippedDuplicates` the user had corrected since. */
export interface ImportCounts {
  created: readonly unknown[];
  skippedDuplicates: number;
  skippedCorrected?: number;
}

const stories = (n: number): string => `${n} ${n === 1 ? 'story' : 'stories'}`;

/**
 * "2 stories imported from wins.docx (1 already saved). 2 stories you corrected
 * were not re-imported: your corrections stay." A story the user corrected is
 * named apart from a plain duplicate, so a re-import that adds nothing does not
 * look like it ignored their file.
 */
export function importMessage(fileName: string, res: ImportCounts): string {
  const corrected = res.skippedCorrected ?? 0;
  const already = res.skippedDuplicates - corrected;
  const lead = `${stories(res.created.length)} imported from ${fileName}${already > 0 ? ` (${already} already saved)` : ''}.`;
  if (corrected === 0) return lead;
  return `${lead} ${stories(corrected)} you corrected ${corrected === 1 ? 'was' : 'were'} not re-imported: your corrections stay.`;
}

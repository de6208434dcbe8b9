/** The My stories import status names stories skipped because the user corrected them. */
import { describe, expect, it } from 'vitest';
import { importMessage } from '../../../web/src/stories/import-message.js';

describe('the import status line', () => {
  it('says how many were imported and how many were already saved', () => {
    expect(importMessage('wins.md', { created: [1, 2], skippedDuplicates: 3, skippedCorrected: 0 })).toBe('2 stories imported from wins.md (3 already saved).');
    expect(importMessage('wins.md', { created: [1], skippedDuplicates: 0 })).toBe('1 story imported from wins.md.');
  });

  it('says apart that stories the user corrected were not brought back', () => {
    expect(importMessage('wins.docx', { created: [], skippedDuplicates: 3, skippedCorrected: 2 })).toBe(
      '0 stories imported from wins.docx (1 already saved). 2 stories you corrected were not re-imported: your corrections stay.',
    );
    expect(importMessage('cv.pdf', { created: [1], skippedDuplicates: 1, skippedCorrected: 1 })).toBe('1 story imported from cv.pdf. 1 story you corrected was not re-imported: your corrections stay.');
  });
});

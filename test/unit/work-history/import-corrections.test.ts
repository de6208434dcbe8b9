/**
 * A re-import never brings back a story the user has corrected since: the
 * story keeps the hash of its text before the first correction (migration
 * 009), the import skips a chunk with that hash and says how many it skipped
 * that way.
 */
import { describe, expect, it } from 'vitest';
import { useWorkHistoryService } from './service-fixture.js';

const OWNER = 'owner-corrections';
const NOTES = `# Notes from the harbour office

## The crane schedule
I rebuilt the crane booking sheet so two ships never asked for the same crane; idle crane hours fell by a third.

## The customs backlog
I sorted 300 held containers by release date and cleared the backlog in nine days.

## The new starter pack
I wrote a two-page guide for new dock clerks and cut their first-week questions in half.
`;
const FILE = { bytes: Buffer.from(NOTES, 'utf8'), filename: 'harbour.md' };

const service = useWorkHistoryService();

describe('re-importing a file after correcting its stories', () => {
  it('keeps the corrections and counts the stories it did not bring back', async () => {
    const first = await service().importFile(OWNER, FILE);
    expect(first.created).toHaveLength(3);
    const [crane, customs] = first.created;
    await service().update(OWNER, crane!.id, { text: 'The crane schedule:\nI rebuilt the crane booking sheet; idle crane hours fell by 34%.' });
    await service().update(OWNER, customs!.id, { text: 'The customs backlog:\nI cleared 300 held containers in nine days.' });
    // A second correction of the same story still remembers the imported text.
    await service().update(OWNER, customs!.id, { text: 'The customs backlog:\nI cleared 300 held containers in eight days.' });

    const again = await service().importFile(OWNER, FILE);
    expect(again).toEqual({ created: [], skippedDuplicates: 3, skippedCorrected: 2 });
    const { items, total } = await service().list(OWNER, { limit: 10, offset: 0 });
    expect(total).toBe(3);
    expect(items.map((s) => s.text).sort()).toEqual([
      'The crane schedule:\nI rebuilt the crane booking sheet; idle crane hours fell by 34%.',
      'The customs backlog:\nI cleared 300 held containers in eight days.',
      first.created[2]!.text,
    ]);
  });

  it('changes nothing for a tags-only edit, and a deleted story can be imported again', async () => {
    const first = await service().importFile(OWNER, FILE);
    await service().update(OWNER, first.created[0]!.id, { tags: ['harbour'] });
    await service().remove(OWNER, first.created[1]!.id);
    const again = await service().importFile(OWNER, FILE);
    expect(again.created.map((s) => s.text)).toEqual([first.created[1]!.text]);
    expect(again).toMatchObject({ skippedDuplicates: 2, skippedCorrected: 0 });
  });

  it('keeps another owner’s import apart from this owner’s corrections', async () => {
    const first = await service().importFile(OWNER, FILE);
    await service().update(OWNER, first.created[0]!.id, { text: 'The crane schedule:\nRewritten by its owner.' });
    const other = await service().importFile('owner-other', FILE);
    expect(other).toMatchObject({ skippedDuplicates: 0, skippedCorrected: 0 });
    expect(other.created).toHaveLength(3);
  });
});

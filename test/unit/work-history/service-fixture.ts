/**
 * A work-history service over a fresh temp database for each test, closed and
 * removed after it; the document extraction pool is closed after the file.
 */
import { afterAll, afterEach, beforeEach } from 'vitest';
import { closeExtractionPool } from '../../../src/server/documents/extract.js';
import { createWorkHistoryService } from '../../../src/server/services/work-history/service.js';
import type { WorkHistoryService } from '../../../src/server/services/work-history/types.js';
import { openTempStorage, type TempStorage } from '../../fixtures/work-history/storage.js';

/** Register the hooks; call the returned function inside a test for that test's service. */
export function useWorkHistoryService(): () => WorkHistoryService {
  let tmp: TempStorage | undefined;
  let svc: WorkHistoryService | undefined;
  beforeEach(async () => {
    tmp = await openTempStorage();
    svc = createWorkHistoryService({ storage: tmp.storage });
  });
  afterEach(async () => {
    await svc?.close();
    await tmp?.cleanup();
  });
  afterAll(() => closeExtractionPool());
  return () => {
    if (!svc) throw new Error('useWorkHistoryService: no service outside a test');
    return svc;
  };
}

/**
 * Boots the app for the review tests. Until app.ts registers the review
 * routes itself, they are registered here the same way the lead will
 * (service from the app's own services and storage); once app.ts does it,
 * this only forwards to the real app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app.js';
import { parseConfig } from '../../src/server/config.js';
import { reviewRoutes } from '../../src/server/routes/review.js';
import { createReviewService } from '../../src/server/services/review/index.js';
import { makeClient, type TestApp } from './helper.js';

export async function startReviewApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-review-'));
  const app = await buildApp(parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', COOKIE_SECRET: 'test-secret-0123456789abcdef', ...env }));
  if (!app.hasRoute({ method: 'GET', url: '/api/progress' })) {
    const { services, storage } = app;
    const review = createReviewService({ storage, coach: services.coach, documents: services.documents });
    await app.register(reviewRoutes({ ...services, review }));
  }
  await app.ready();
  return {
    app,
    dataDir: dir,
    client: () => makeClient(app),
    close: () => app.close(),
    destroy: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

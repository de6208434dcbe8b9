import { defineConfig } from 'vitest/config';

// Four projects: fast pure-logic tests, API tests through app.inject() on a
// temp SQLite file and again on PostgreSQL (api-pg), and browser tests in Debian Chromium (one file at a time:
// two cores cannot run several browsers and servers at once without flaking).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // A hang detector, not a speed target (those are in `npm run bench`): a few unit tests
          // load fixture databases and took over 5 s on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The same API suite on PostgreSQL: the global setup starts a throwaway
        // server (Debian's postgresql, initdb in a temp dir) and every test app
        // gets its own database; test/pg holds the Postgres-only tests.
        test: {
          name: 'api-pg',
          include: ['test/api/**/*.test.ts', 'test/pg/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/pg/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

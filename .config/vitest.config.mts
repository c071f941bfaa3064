import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Projects: pure unit tests; the server's HTTP/DB suite on embedded SQLite; the same suite on
 * MySQL/MariaDB when TEST_MYSQL_URL is set (CI always sets it; with CI=true an unreachable MySQL
 * fails the run instead of skipping it); the storefront in jsdom; and, last, the storefront in
 * Chromium (its H5 build runs meanwhile).
 */
const mysqlUrl = process.env.TEST_MYSQL_URL ?? (process.env.CI === 'true' ? 'mysql://root@127.0.0.1:3306' : undefined);
const serverSuite = ['server/test/**/*.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Vitest's default is one worker fewer than CPUs: one on a 2-core machine, where the DB
    // suites mostly wait on the database and a second worker roughly halves their time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    projects: [
      { test: { name: 'unit', include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts'] } },
      { test: { name: 'sqlite', include: serverSuite, env: { TEST_DB: 'sqlite' }, testTimeout: 30_000, hookTimeout: 60_000 } },
      ...(mysqlUrl
        ? [{ test: { name: 'mysql', include: serverSuite, env: { TEST_DB: 'mysql', TEST_MYSQL_URL: mysqlUrl }, testTimeout: 60_000, hookTimeout: 120_000 } }]
        : []),
      // The storefront's unit and component tests (jsdom, Taro mocked): miniapp/vitest.config.mts.
      'miniapp/vitest.config.mts',
      // The storefront in Chromium against a real server, plus the weapp build check: miniapp/e2e/.
      'miniapp/e2e/vitest.e2e.config.mts',
    ],
  },
});

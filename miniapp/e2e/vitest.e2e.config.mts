import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The storefront end to end: the H5 build in Debian's Chromium against the real server on a
 * fresh SQLite database, with the local WeChat Pay emulator (global-setup.ts starts them).
 */
export default defineConfig({
  // As a project of the root config, vitest roots it at this folder whatever it says; say so.
  root: here('.'),
  test: {
    name: 'e2e',
    include: ['**/*.e2e.ts'],
    globalSetup: ['support/global-setup.ts'],
    // The global setup starts the server and, when stale, the H5 build in the background; the
    // project runs after the others (groupOrder) and each browser waits for the build in its
    // beforeAll, which may take the build's length when this project runs alone.
    sequence: { groupOrder: 1 },
    hookTimeout: 11 * 60_000,
    testTimeout: 120_000,
    fileParallelism: false,
  },
});

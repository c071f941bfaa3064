import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startH5Build } from './h5-build';
import { startShopServer } from './shop-server';

const miniappDir = fileURLToPath(new URL('../..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    shopUrl: string;
    emulatorUrl: string;
    /** Holds `ok`, or why the build failed, once the H5 build is over (see storefrontBuilt). */
    h5BuildStatusFile: string;
  }
}

/** Chromium (installed from Debian when missing), the H5 build, and a real shop server. */
export default async function setup(project: TestProject) {
  execFileSync('bash', [fileURLToPath(new URL('../ensure-chromium.sh', import.meta.url))], { stdio: 'inherit' });
  // The build takes minutes: it runs while the other projects test (the e2e project runs last,
  // `groupOrder` in its config); the server serves whatever the build has written by then.
  const h5 = startH5Build(miniappDir);
  const statusFile = join(tmpdir(), `shop-e2e-h5-${process.pid}.status`);
  rmSync(statusFile, { force: true });
  h5.done.then(
    () => writeFileSync(statusFile, 'ok'),
    (error: Error) => writeFileSync(statusFile, error.message),
  );
  const server = await startShopServer(repoRoot, h5.dir);
  project.provide('shopUrl', server.baseUrl);
  project.provide('emulatorUrl', server.emulatorUrl);
  project.provide('h5BuildStatusFile', statusFile);
  return async () => {
    h5.stop();
    await server.stop();
    rmSync(statusFile, { force: true });
  };
}

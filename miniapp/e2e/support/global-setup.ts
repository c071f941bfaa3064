import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureH5Build } from './h5-build';
import { startShopServer } from './shop-server';

const miniappDir = fileURLToPath(new URL('../..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    shopUrl: string;
    emulatorUrl: string;
  }
}

/** Chromium (installed from Debian when missing), the H5 build, and a real shop server. */
export default async function setup(project: TestProject) {
  execFileSync('bash', [fileURLToPath(new URL('../ensure-chromium.sh', import.meta.url))], { stdio: 'inherit' });
  const h5Dir = ensureH5Build(miniappDir);
  const server = await startShopServer(repoRoot, h5Dir);
  project.provide('shopUrl', server.baseUrl);
  project.provide('emulatorUrl', server.emulatorUrl);
  return server.stop;
}

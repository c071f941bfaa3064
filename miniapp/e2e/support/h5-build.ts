import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { taroBuild } from './run-build';

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

/**
 * Builds miniapp/dist-h5 unless it is newer than every source it is made from (the app, its
 * config and the shared package), so a second run starts at once.
 */
export function ensureH5Build(miniappDir: string): string {
  const out = join(miniappDir, 'dist-h5');
  const index = join(out, 'index.html');
  const sources = [join(miniappDir, 'src'), join(miniappDir, 'config'), join(miniappDir, '..', 'shared', 'src')];
  const stale = !existsSync(index) || sources.some((dir) => newestMtime(dir) > statSync(index).mtimeMs);
  if (stale) {
    console.log('[e2e] building the H5 storefront (miniapp/dist-h5)…');
    taroBuild(miniappDir, 'h5');
  }
  return out;
}

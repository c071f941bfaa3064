import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { taroBuildInBackground, type BackgroundBuild } from './run-build';

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

/**
 * Starts building miniapp/dist-h5 unless it is newer than every source it is made from (the
 * app, its config and the shared package), so a second run starts at once. The build runs in
 * the background while the other test projects run; the browser tests wait for `done`.
 */
export function startH5Build(miniappDir: string): { dir: string } & BackgroundBuild {
  const dir = join(miniappDir, 'dist-h5');
  const index = join(dir, 'index.html');
  const sources = [join(miniappDir, 'src'), join(miniappDir, 'config'), join(miniappDir, '..', 'shared', 'src')];
  const stale = !existsSync(index) || sources.some((source) => newestMtime(source) > statSync(index).mtimeMs);
  if (!stale) return { dir, done: Promise.resolve(), stop: () => undefined };
  console.log('[e2e] building the H5 storefront (miniapp/dist-h5) while the other tests run…');
  return { dir, ...taroBuildInBackground(miniappDir, 'h5') };
}

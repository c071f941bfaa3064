import { join } from 'node:path';
// @ts-expect-error: a plain ES module of the build scripts, without type declarations.
import { h5BuildIsFresh, h5SourceHash, recordH5Build } from '../../scripts/h5-freshness.mjs';
import { taroBuildInBackground, type BackgroundBuild } from './run-build';

/**
 * Starts building miniapp/dist-h5 unless it was built from exactly these sources (the content
 * hash `npm start` also uses, miniapp/scripts/h5-freshness.mjs), so a second run starts at once.
 * The build runs in the background while the other test projects run; the browser tests wait
 * for `done`, and a finished build records its hash for the next run and the next `npm start`.
 */
export function startH5Build(miniappDir: string): { dir: string } & BackgroundBuild {
  const dir = join(miniappDir, 'dist-h5');
  if (h5BuildIsFresh(miniappDir)) return { dir, done: Promise.resolve(), stop: () => undefined };
  console.log('[e2e] building the H5 storefront (miniapp/dist-h5) while the other tests run…');
  const hash: string = h5SourceHash(miniappDir);
  const build = taroBuildInBackground(miniappDir, 'h5');
  return { dir, stop: build.stop, done: build.done.then(() => recordH5Build(miniappDir, hash)) };
}

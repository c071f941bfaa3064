// Whether miniapp/dist-h5 was built from the sources as they are now: a SHA-256 over the path
// and bytes of every file the H5 build reads (the app, its config, the shared package, the
// dependency lock), written beside the build once it succeeds. Taro empties dist-h5 when a
// build starts, so a build that did not finish leaves no hash and counts as stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const HASH_FILE = '.source-hash';

function filesUnder(path) {
  if (!existsSync(path)) return [];
  const entries = readdirSync(path, { withFileTypes: true });
  return entries.flatMap((entry) => {
    const full = join(path, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full);
    return entry.isFile() ? [full] : [];
  });
}

/** The hash of the H5 build's inputs under the repository holding `miniappDir`. */
export function h5SourceHash(miniappDir) {
  const repo = join(miniappDir, '..');
  const inputs = [join(miniappDir, 'src'), join(miniappDir, 'config'), join(repo, 'shared', 'src')].flatMap(filesUnder);
  for (const file of ['package.json', 'tsconfig.json', 'babel.config.js', 'project.config.json']) inputs.push(join(miniappDir, file));
  inputs.push(join(repo, 'package-lock.json'));
  const hash = createHash('sha256');
  for (const file of inputs.filter((f) => existsSync(f)).sort()) {
    hash.update(relative(repo, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Whether `h5Dir` holds a finished build of exactly these sources. */
export function h5BuildIsFresh(miniappDir, h5Dir = join(miniappDir, 'dist-h5')) {
  if (!existsSync(join(h5Dir, 'index.html')) || !existsSync(join(h5Dir, HASH_FILE))) return false;
  return readFileSync(join(h5Dir, HASH_FILE), 'utf8').trim() === h5SourceHash(miniappDir);
}

/** After a successful build: these sources made it. */
export function recordH5Build(miniappDir, hash, h5Dir = join(miniappDir, 'dist-h5')) {
  writeFileSync(join(h5Dir, HASH_FILE), `${hash}\n`);
}

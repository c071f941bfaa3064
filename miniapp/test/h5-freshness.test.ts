import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without type declarations.
import { h5BuildIsFresh, h5SourceHash, recordH5Build } from '../scripts/h5-freshness.mjs';

/** A repository with just what the H5 build reads: miniapp/src, miniapp/config, shared/src. */
function fakeRepo(): { repo: string; miniapp: string } {
  const repo = mkdtempSync(join(tmpdir(), 'h5-fresh-'));
  const miniapp = join(repo, 'miniapp');
  for (const dir of ['miniapp/src/pages', 'miniapp/config', 'shared/src']) mkdirSync(join(repo, dir), { recursive: true });
  writeFileSync(join(miniapp, 'src/pages/home.tsx'), 'export default 1;');
  writeFileSync(join(miniapp, 'config/index.ts'), 'export default {};');
  writeFileSync(join(repo, 'shared/src/money.ts'), 'export const x = 1;');
  writeFileSync(join(repo, 'package-lock.json'), '{}');
  return { repo, miniapp };
}

describe('npm start builds the H5 storefront only when its sources changed', () => {
  const repos: string[] = [];
  afterEach(() => {
    for (const repo of repos.splice(0)) rmSync(repo, { recursive: true, force: true });
  });

  it('is stale without a build, fresh after one is recorded, stale again when any source changes', () => {
    const { repo, miniapp } = fakeRepo();
    repos.push(repo);
    expect(h5BuildIsFresh(miniapp)).toBe(false);
    mkdirSync(join(miniapp, 'dist-h5'));
    writeFileSync(join(miniapp, 'dist-h5/index.html'), '<!doctype html>');
    // A build that did not finish wrote no hash: stale.
    expect(h5BuildIsFresh(miniapp)).toBe(false);
    recordH5Build(miniapp, h5SourceHash(miniapp));
    expect(h5BuildIsFresh(miniapp)).toBe(true);

    for (const [file, text] of [
      ['miniapp/src/pages/home.tsx', 'export default 2;'],
      ['shared/src/money.ts', 'export const x = 2;'],
      ['package-lock.json', '{"changed":true}'],
    ] as const) {
      writeFileSync(join(repo, file), text);
      expect(h5BuildIsFresh(miniapp), file).toBe(false);
      recordH5Build(miniapp, h5SourceHash(miniapp));
      expect(h5BuildIsFresh(miniapp)).toBe(true);
    }
  });

  it('counts a new or renamed file, not only changed bytes', () => {
    const { repo, miniapp } = fakeRepo();
    repos.push(repo);
    const before = h5SourceHash(miniapp);
    writeFileSync(join(miniapp, 'src/pages/cart.tsx'), 'export default 1;');
    const added = h5SourceHash(miniapp);
    expect(added).not.toBe(before);
    rmSync(join(miniapp, 'src/pages/cart.tsx'));
    writeFileSync(join(miniapp, 'src/pages/bag.tsx'), 'export default 1;');
    expect(h5SourceHash(miniapp)).not.toBe(added);
  });
});

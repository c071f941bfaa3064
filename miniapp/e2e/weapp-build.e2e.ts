import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { taroBuild } from './support/run-build';

const miniappDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * WeChat DevTools do not run on Linux, so the mini-program build is checked by building it:
 * every page in app.json, and the main package within WeChat's limit (the size script fails
 * above 2 MB and prints each package's size).
 */
it('builds the WeChat mini-program with every page and a main package under 2 MB', () => {
  taroBuild(miniappDir, 'weapp');
  const app = JSON.parse(readFileSync(`${miniappDir}dist/app.json`, 'utf8')) as { pages: string[]; subPackages: { root: string; pages: string[] }[]; tabBar: { list: unknown[] } };
  expect(app.pages).toEqual(expect.arrayContaining(['pages/home/index', 'pages/category/index', 'pages/cart/index', 'pages/me/index', 'pages/login/index']));
  const subpages = app.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`));
  expect(subpages).toEqual(expect.arrayContaining(['packages/shop/product/index', 'packages/trade/checkout/index', 'packages/trade/order/index']));
  expect(app.tabBar.list).toHaveLength(4);
  for (const page of [...app.pages, ...subpages]) expect(readFileSync(`${miniappDir}dist/${page}.js`, 'utf8').length).toBeGreaterThan(0);
  const report = execFileSync('node', ['scripts/weapp-size.mjs'], { cwd: miniappDir, encoding: 'utf8' });
  console.log(report);
  expect(report).toMatch(/main package: [\d.]+ KB of the 2048 KB/);
}, 240_000);

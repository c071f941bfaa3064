#!/usr/bin/env node
// Prints the size of the weapp build's main package and of each subpackage (what WeChat
// measures: every file under the package root), and fails when the main package passes
// WeChat's 2 MB limit. Our budget is 1.2 MB. Usage: node scripts/weapp-size.mjs [distDir]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const WECHAT_LIMIT = 2 * 1024 * 1024;
const BUDGET = 1.2 * 1024 * 1024;

const dist = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

let app;
try {
  app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
} catch {
  console.error(`No weapp build in ${dist}: run \`npm run build:weapp -w miniapp\` first.`);
  process.exit(1);
}
const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''));
const sizes = new Map([['(main)', 0], ...roots.map((root) => [root, 0])]);
for (const file of filesUnder(dist)) {
  const path = relative(dist, file).split(sep).join('/');
  const owner = roots.find((root) => path.startsWith(`${root}/`)) ?? '(main)';
  sizes.set(owner, sizes.get(owner) + statSync(file).size);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const total = [...sizes.values()].reduce((a, b) => a + b, 0);
console.log('weapp package sizes (miniapp/dist):');
for (const [name, bytes] of sizes) console.log(`  ${name.padEnd(24)} ${kb(bytes).padStart(10)}`);
console.log(`  ${'total'.padEnd(24)} ${kb(total).padStart(10)}`);
const main = sizes.get('(main)');
console.log(`main package: ${kb(main)} of the 2048 KB WeChat allows (budget ${kb(BUDGET)})`);
if (main > WECHAT_LIMIT) {
  console.error('The main package is over WeChat\'s 2 MB limit: move pages into subpackages.');
  process.exit(1);
}
if (main > BUDGET) console.warn('The main package is over the 1.2 MB budget.');

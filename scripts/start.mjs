#!/usr/bin/env node
// `npm start`: the shop server at once, and the H5 storefront built in the background only when
// its sources changed since the last build (a content hash, miniapp/scripts/h5-freshness.mjs).
// Until the build lands, http://localhost:PORT answers 正在构建店铺页面… and reloads itself.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { h5BuildIsFresh, h5SourceHash, recordH5Build } from '../miniapp/scripts/h5-freshness.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const miniappDir = fileURLToPath(new URL('../miniapp', import.meta.url));
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const children = [];

function run(command, args, options) {
  const child = spawn(command, args, { cwd: repo, ...options });
  children.push(child);
  return child;
}

function buildStorefront() {
  const hash = h5SourceHash(miniappDir);
  console.log('[start] the storefront sources changed since the last build: building the H5 storefront in the background (about two minutes); the shop shows 正在构建店铺页面… until then');
  // Taro's progress bar would bury the server's log: its output is shown only if it fails.
  const build = run('npx', ['taro', 'build', '--type', 'h5', '--no-check'], { cwd: miniappDir, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  build.stdout.on('data', keep);
  build.stderr.on('data', keep);
  build.on('exit', (code, signal) => {
    if (code === 0) {
      recordH5Build(miniappDir, hash);
      console.log(`[start] the H5 storefront is built (${seconds()} after start)`);
    } else if (signal === null) {
      console.error(`[start] the H5 storefront build failed (exit ${code}):\n${output}`);
    }
  });
}

if (h5BuildIsFresh(miniappDir)) console.log('[start] the H5 storefront is up to date with its sources: no build needed');
else buildStorefront();

const server = run('npm', ['run', 'start', '-w', 'server'], { stdio: 'inherit' });
server.on('exit', (code) => {
  for (const child of children) if (child !== server && child.exitCode === null) child.kill('SIGTERM');
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}

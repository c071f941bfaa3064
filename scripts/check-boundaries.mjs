#!/usr/bin/env node
// Module boundaries (issue 14), checked on every `npm run lint`:
// - server: no cycles between the module folders of server/src (a folder-level graph, so
//   orders -> stores -> orders through different files counts too);
// - mini-program: no imports between subpackages (or from the main package into one) except
//   through src/components, src/hooks and src/lib.
// dependency-cruiser resolves the imports (TypeScript paths, the `.js` -> `.ts` specifiers).
// scripts/known-boundary-violations.json lists what existed when the check came in; a new
// violation fails, and so does a listed one that is gone (so the list only ever shrinks).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const knownFile = fileURLToPath(new URL('./known-boundary-violations.json', import.meta.url));

/** Every resolved import of the workspace's own files: [from, to], paths relative to the workspace. */
function importsOf(workspace, sourceDir) {
  const out = execFileSync('npx', ['depcruise', sourceDir, '--no-config', '--output-type', 'json', '--ts-config', 'tsconfig.json', '--exclude', '\\.test\\.tsx?$'], {
    cwd: `${repo}/${workspace}`,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const { modules } = JSON.parse(out);
  return modules.flatMap((module) => module.dependencies.map((dependency) => [module.source, dependency.resolved]));
}

/** Groups the file-level imports into owner -> owner edges, each with one example import. */
function ownerEdges(imports, ownerOf) {
  const edges = new Map();
  for (const [from, to] of imports) {
    const a = ownerOf(from);
    const b = ownerOf(to);
    if (!a || !b || a === b) continue;
    const key = `${a} -> ${b}`;
    if (!edges.has(key)) edges.set(key, `${from} imports ${to}`);
  }
  return edges;
}

/** The edges that lie on a cycle: both ends in one strongly connected component (Tarjan). */
function edgesOnCycles(edges) {
  const graph = new Map();
  for (const key of edges.keys()) {
    const [a, b] = key.split(' -> ');
    if (!graph.has(a)) graph.set(a, []);
    if (!graph.has(b)) graph.set(b, []);
    graph.get(a).push(b);
  }
  const index = new Map();
  const low = new Map();
  const component = new Map();
  const stack = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    for (const next of graph.get(node)) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (!component.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) === index.get(node)) {
      for (let member = stack.pop(); ; member = stack.pop()) {
        component.set(member, node);
        if (member === node) break;
      }
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return [...edges.keys()].filter((key) => {
    const [a, b] = key.split(' -> ');
    return component.get(a) === component.get(b);
  });
}

const serverFolder = (path) => path.match(/^src\/([^/]+)\//)?.[1] ?? null;
const miniappOwner = (path) => {
  const subpackage = path.match(/^src\/packages\/([^/]+)\//);
  if (subpackage) return `packages/${subpackage[1]}`;
  return path.startsWith('src/pages/') ? 'pages' : null;
};

const serverEdges = ownerEdges(importsOf('server', 'src'), serverFolder);
const miniappEdges = ownerEdges(importsOf('miniapp', 'src'), miniappOwner);
const found = {
  serverModuleCycles: Object.fromEntries(edgesOnCycles(serverEdges).sort().map((key) => [key, serverEdges.get(key)])),
  miniappCrossPackageImports: Object.fromEntries([...miniappEdges.keys()].sort().map((key) => [key, miniappEdges.get(key)])),
};

if (process.argv.includes('--record')) {
  writeFileSync(knownFile, `${JSON.stringify(found, null, 2)}\n`);
  console.log(`recorded ${Object.keys(found.serverModuleCycles).length} server cycle edges and ${Object.keys(found.miniappCrossPackageImports).length} cross-package imports in ${knownFile}`);
  process.exit(0);
}

const known = JSON.parse(readFileSync(knownFile, 'utf8'));
const problems = [];
const describe = {
  serverModuleCycles: 'a cycle between server module folders',
  miniappCrossPackageImports: 'an import between mini-program packages (share it through src/components, src/hooks or src/lib)',
};
for (const kind of Object.keys(found)) {
  for (const [edge, example] of Object.entries(found[kind])) if (!(edge in known[kind])) problems.push(`new ${describe[kind]}: ${edge} (${example})`);
  for (const edge of Object.keys(known[kind])) if (!(edge in found[kind])) problems.push(`resolved, so remove it from scripts/known-boundary-violations.json: ${edge}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`module boundaries: no new server cycle and no new cross-package import (${Object.keys(known.serverModuleCycles).length} + ${Object.keys(known.miniappCrossPackageImports).length} known, being removed under issue 14)`);

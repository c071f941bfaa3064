import type { Compiler } from 'webpack';

/** Where the report lands in the H5 output: which app packages each emitted script holds code of. */
export const CHUNK_PACKAGES_FILE = 'chunk-packages.json';

/** `pages` (the main package) or `packages/<name>` (a subpackage) of a module under src/. */
function appPackageOf(resource: string | undefined): string | null {
  const match = resource?.match(/[\\/]src[\\/](pages|packages[\\/][^\\/]+)[\\/]/);
  return match ? match[1]!.replace('\\', '/') : null;
}

/**
 * Writes `chunk-packages.json`: for every emitted script, the app packages whose modules it
 * contains. The first-load E2E reads it to prove a shopper never downloads code of the store
 * tablet or the marketing console.
 */
export class ChunkPackagesPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('ChunkPackagesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ChunkPackagesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const report: Record<string, string[]> = {};
        for (const chunk of compilation.chunks) {
          const packages = new Set<string>();
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = 'resource' in module ? (module as { resource?: string }).resource : undefined;
            const owner = appPackageOf(resource);
            if (owner) packages.add(owner);
          }
          for (const file of chunk.files) if (file.endsWith('.js')) report[file] = [...packages].sort();
        }
        compilation.emitAsset(CHUNK_PACKAGES_FILE, new compiler.webpack.sources.RawSource(JSON.stringify(report, null, 1)));
      });
    });
  }
}

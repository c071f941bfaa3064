import { defineConfig } from '@tarojs/cli';
import type { IProjectConfig } from '@tarojs/taro/types/compile';
import path from 'node:path';
import { ChunkPackagesPlugin } from './chunk-packages-plugin';

const sharedSource = path.resolve(__dirname, '..', '..', 'shared', 'src');

const compileShared = { include: [sharedSource] };

type ChainHook = NonNullable<NonNullable<IProjectConfig<'webpack5'>['mini']>['webpackChain']>;
type H5ChainHook = NonNullable<NonNullable<IProjectConfig<'webpack5'>['h5']>['webpackChain']>;

/**
 * - @shop/shared is TypeScript source with NodeNext-style `./x.js` specifiers: `.js` also
 *   resolves to the `.ts` file (and the app's Babel rule compiles it, `compile.include`).
 * - npm keeps some Taro packages in miniapp/node_modules (their optional peers clash with the
 *   root's vite), so Taro's own packages must find them there too.
 */
const webpackChain = (chain: Parameters<ChainHook>[0]) => {
  chain.merge({ resolve: { extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } } });
  chain.resolve.modules.add('node_modules').add(path.resolve(__dirname, '..', 'node_modules'));
};

/** Modules of one subpackage, so its pages share one chunk that no other page loads. */
const subpackageChunk = (name: string) => ({
  test: (module: { resource?: string }) => new RegExp(`[\\\\/]src[\\\\/]packages[\\\\/]${name}[\\\\/]`).test(module.resource ?? ''),
  name: `pkg-${name}`,
  chunks: 'async' as const,
  minChunks: 2,
  priority: 20,
  reuseExistingChunk: true,
});

/**
 * Taro splits only the initial chunk ('initial'), so every lazily loaded page carried its own copy
 * of the Taro components and the shared code (~280 KB each). Splitting async chunks too makes a
 * page chunk hold just that page; code shared by pages goes into chunks keyed by the pages that
 * use it, so a shopper never downloads the tablet's or the console's code, and each subpackage's
 * own shared code stays in one chunk of its own.
 */
const h5WebpackChain: H5ChainHook = (chain) => {
  webpackChain(chain);
  chain.optimization.splitChunks({
    chunks: 'all',
    minSize: 8000,
    maxAsyncRequests: 12,
    maxInitialRequests: 6,
    cacheGroups: {
      default: false,
      defaultVendors: false,
      taro: { test: (module: { context?: string }) => /@tarojs[\\/][a-z]+/.test(module.context ?? ''), priority: 100, reuseExistingChunk: true },
      vendors: { test: /[\\/]node_modules[\\/]/, minChunks: 2, priority: 10, reuseExistingChunk: true },
      staff: subpackageChunk('staff'),
      marketing: subpackageChunk('marketing'),
      common: { minChunks: 2, priority: 1, reuseExistingChunk: true },
    },
  });
  chain.plugin('chunk-packages').use(ChunkPackagesPlugin);
};

export default defineConfig<'webpack5'>(() => ({
  projectName: 'experience-shop',
  date: '2026-11-23',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist',
  framework: 'react',
  compiler: 'webpack5',
  plugins: [],
  defineConstants: {},
  alias: { '@': path.resolve(__dirname, '..', 'src') },
  copy: { patterns: [], options: {} },
  cache: { enable: false },
  mini: {
    postcss: {
      pxtransform: { enable: true, config: {} },
      cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
    },
    optimizeMainPackage: { enable: true },
    compile: compileShared,
    webpackChain,
  },
  h5: {
    publicPath: '/',
    compile: compileShared,
    webpackChain: h5WebpackChain,
    staticDirectory: 'static',
    router: { mode: 'hash' },
    output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
    miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
    postcss: {
      autoprefixer: { enable: true, config: {} },
      cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
    },
  },
}));

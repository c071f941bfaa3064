import { defineConfig } from '@tarojs/cli';
import type { IProjectConfig } from '@tarojs/taro/types/compile';
import path from 'node:path';

const sharedSource = path.resolve(__dirname, '..', '..', 'shared', 'src');

const compileShared = { include: [sharedSource] };

type ChainHook = NonNullable<NonNullable<IProjectConfig<'webpack5'>['mini']>['webpackChain']>;

/**
 * - @shop/shared is TypeScript source with NodeNext-style `./x.js` specifiers: `.js` also
 *   resolves to the `.ts` file (and the app's Babel rule compiles it, `compile.include`).
 * - npm keeps some Taro packages in miniapp/node_modules (their optional peers clash with the
 *   root's vite), so Taro's own packages must find them there too.
 */
const webpackChain: ChainHook = (chain) => {
  chain.merge({ resolve: { extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } } });
  chain.resolve.modules.add('node_modules').add(path.resolve(__dirname, '..', 'node_modules'));
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
    webpackChain,
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

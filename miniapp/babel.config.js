// babel-preset-taro compiles the app for every target; this file keeps the package CommonJS,
// which is why vitest's config is named vitest.config.mts.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};

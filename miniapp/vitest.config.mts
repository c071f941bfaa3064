import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Unit and component tests of the storefront, in jsdom. Taro's runtime does not run outside a
 * Taro build, so `@tarojs/taro` and `@tarojs/components` are small local stand-ins (test/mocks):
 * components render as plain elements, Taro.request is a test double, storage is a Map.
 */
export default defineConfig({
  root: here('.'),
  resolve: {
    alias: [
      { find: /^@tarojs\/taro$/, replacement: here('./test/mocks/taro.ts') },
      { find: /^@tarojs\/components$/, replacement: here('./test/mocks/components.tsx') },
      { find: /^@\//, replacement: here('./src/') },
    ],
  },
  test: {
    name: 'miniapp',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    css: false,
  },
});

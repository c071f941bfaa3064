import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { DEV_AUTH_SECRET_FILE, readOrCreateDevSecret, withDevAuthSecret } from './dev-secret.js';

describe('the development AUTH_SECRET kept in a file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shop-dev-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const dataDir = () => join(dir, 'data');
  const secretFile = () => join(dataDir(), DEV_AUTH_SECRET_FILE);
  const start = (env: NodeJS.ProcessEnv = {}) => withDevAuthSecret(env, join(dataDir(), 'shop.sqlite'));

  it('is created on the first start (mode 0600) and read, unchanged, on the next', () => {
    const first = start();
    expect(first.devSecret).toMatchObject({ file: secretFile(), created: true });
    expect(first.env.AUTH_SECRET).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(secretFile(), 'utf8').trim()).toBe(first.env.AUTH_SECRET);
    if (process.platform !== 'win32') expect(statSync(secretFile()).mode & 0o777).toBe(0o600);

    const second = start();
    expect(second.devSecret?.created).toBe(false);
    expect(second.env.AUTH_SECRET).toBe(first.env.AUTH_SECRET);
    // Same key, so a token signed before the restart still verifies after it.
    expect(loadConfig(second.env).authSecret).toEqual(loadConfig(first.env).authSecret);
    expect(readdirSync(dataDir())).toEqual([DEV_AUTH_SECRET_FILE]);
  });

  it('lives beside SQLITE_PATH when that is set', () => {
    const { devSecret } = start({ SQLITE_PATH: join(dir, 'elsewhere', 'shop.sqlite') });
    expect(devSecret?.file).toBe(join(dir, 'elsewhere', DEV_AUTH_SECRET_FILE));
    expect(existsSync(dataDir())).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['short', 'abc123\n'],
    ['corrupt', '\u0000'.repeat(64)],
  ])('replaces a %s file with a fresh secret', (_kind, content) => {
    start();
    writeFileSync(secretFile(), content);
    const replaced = start();
    expect(replaced.devSecret?.created).toBe(true);
    expect(replaced.env.AUTH_SECRET).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(secretFile(), 'utf8').trim()).toBe(replaced.env.AUTH_SECRET);
    if (process.platform !== 'win32') expect(statSync(secretFile()).mode & 0o777).toBe(0o600);
    expect(start().env.AUTH_SECRET).toBe(replaced.env.AUTH_SECRET);
  });

  it('keeps a secret a developer put there', () => {
    const own = 'Xq3v9LmP0aZt7Rk2Wb8Nc5Yd1Fh6Gj4Es_-uTiOoVwQ';
    expect(readOrCreateDevSecret(secretFile()).created).toBe(true);
    writeFileSync(secretFile(), `${own}\n`);
    expect(start().env.AUTH_SECRET).toBe(own);
  });

  it('does not touch the file system in test or production, or when AUTH_SECRET is set', () => {
    for (const env of [{ NODE_ENV: 'test' }, { NODE_ENV: 'production' }, { AUTH_SECRET: 'a'.repeat(40) }, { NODE_ENV: 'development', AUTH_SECRET: 'b'.repeat(40) }]) {
      const result = start(env);
      expect(result).toEqual({ env, devSecret: null });
    }
    expect(readdirSync(dir)).toEqual([]);
    // Production still has to configure it.
    expect(() => loadConfig(start({ NODE_ENV: 'production' }).env)).toThrow(/AUTH_SECRET is required/);
  });
});

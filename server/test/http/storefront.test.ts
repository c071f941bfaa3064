import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the H5 storefront served at /', () => {
  let app: TestApp;
  let h5Dir: string;
  beforeAll(async () => {
    h5Dir = await mkdtemp(join(tmpdir(), 'h5-'));
    await mkdir(join(h5Dir, 'js'));
    await writeFile(join(h5Dir, 'index.html'), '<!doctype html><title>商城</title>');
    await writeFile(join(h5Dir, 'js', 'app.0a1b2c3d.js'), 'console.log(1)');
    app = await startTestApp({ seed: 'none', config: { h5Dir } });
  });
  afterAll(async () => {
    await app?.close();
    await rm(h5Dir, { recursive: true, force: true });
  });

  it('answers / with index.html, always revalidated so a new build shows at once', async () => {
    const res = await fetch(`${app.baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('商城');
  });

  it('caches content-hashed bundles for a year', async () => {
    const res = await fetch(`${app.baseUrl}/js/app.0a1b2c3d.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('leaves the API and missing files alone and never serves outside its folder', async () => {
    expect((await app.request('GET', '/api/v1/nope')).body.error.code).toBe('ROUTE_NOT_FOUND');
    expect((await fetch(`${app.baseUrl}/js/missing.js`)).status).toBe(404);
    expect((await fetch(`${app.baseUrl}/..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${app.baseUrl}/index.html`, { method: 'POST' })).status).toBe(404);
  });

  it('says the storefront is being built, and looks again, while there is no build yet', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'h5-empty-'));
    const building = await startTestApp({ seed: 'none', config: { h5Dir: empty } });
    try {
      const res = await fetch(`${building.baseUrl}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const page = await res.text();
      expect(page).toContain('正在构建店铺页面');
      expect(page).toContain('http-equiv="refresh"');
      expect((await fetch(`${building.baseUrl}/js/app.0a1b2c3d.js`)).status).toBe(404);
      // The build lands: the same address serves it.
      await writeFile(join(empty, 'index.html'), '<!doctype html><title>商城</title>');
      expect(await (await fetch(`${building.baseUrl}/`)).text()).toContain('商城');
    } finally {
      await building.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});

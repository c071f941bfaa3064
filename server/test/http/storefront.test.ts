import { request as httpRequest } from 'node:http';
import { mkdtemp, mkdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { chooseEncoding, CompressedCopies, compressors } from '../../src/http/static-files.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes on the wire, not decoded (fetch would decode them and hide the encoding). */
  body: Buffer;
}

/** One request by node:http, which sends no Accept-Encoding unless told and decodes nothing. */
function raw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const CHROMIUM = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
/** A bundle-like file big enough for compression to show: repeated code, as minified bundles are. */
const BUNDLE = Array.from({ length: 400 }, (_, i) => `function f${i}(a){return a.map(function(x){return x*${i}})}`).join(';');

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

describe('compression of static files', () => {
  let app: TestApp;
  let h5Dir: string;
  let publicDir: string;
  const INDEX = `<!doctype html><title>商城</title>${'<div class="item">商品</div>'.repeat(50)}`;
  const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${'<rect width="1" height="1" fill="#e4393c"/>'.repeat(40)}</svg>`;
  /** Not a real PNG; the name decides the type, and PNG is compressed already. */
  const PNG = Buffer.from(BUNDLE);
  beforeAll(async () => {
    h5Dir = await mkdtemp(join(tmpdir(), 'h5-zip-'));
    publicDir = await mkdtemp(join(tmpdir(), 'public-zip-'));
    await mkdir(join(h5Dir, 'js'));
    await mkdir(join(h5Dir, 'css'));
    await mkdir(join(publicDir, 'images'));
    await writeFile(join(h5Dir, 'index.html'), INDEX);
    await writeFile(join(h5Dir, 'js', 'app.0a1b2c3d.js'), BUNDLE);
    await writeFile(join(h5Dir, 'css', 'app.0a1b2c3d.css'), '.a{color:red}'.repeat(200));
    await writeFile(join(publicDir, 'images', 'bag.svg'), SVG);
    await writeFile(join(publicDir, 'images', 'bag.png'), PNG);
    app = await startTestApp({ seed: 'none', config: { h5Dir, publicDir } });
  });
  afterAll(async () => {
    await app?.close();
    await rm(h5Dir, { recursive: true, force: true });
    await rm(publicDir, { recursive: true, force: true });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('picks brotli when accepted, else gzip, else identity, by q-value', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBe('identity');
  });

  it('sends a hashed bundle in brotli or gzip that decodes to the same bytes, and keeps its year-long caching', async () => {
    const url = `${app.baseUrl}/js/app.0a1b2c3d.js`;
    const br = await raw(url, CHROMIUM);
    const gz = await raw(url, { 'Accept-Encoding': 'gzip, deflate' });
    const plain = await raw(url);
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BUNDLE);
    expect(brotliDecompressSync(br.body).toString()).toBe(BUNDLE);
    expect(gunzipSync(gz.body).toString()).toBe(BUNDLE);
    expect(br.body.length).toBeLessThan(BUNDLE.length / 4);
    for (const res of [br, gz, plain]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
    }
  });

  it('compresses index.html too, still revalidated, with the page\'s security headers', async () => {
    const page = await raw(`${app.baseUrl}/`, CHROMIUM);
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString()).toBe(INDEX);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    const css = await raw(`${app.baseUrl}/css/app.0a1b2c3d.css`, { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(css.body).toString()).toBe('.a{color:red}'.repeat(200));
  });

  it('answers HEAD with the headers and Content-Length of the encoding a GET would get, and no body', async () => {
    const url = `${app.baseUrl}/js/app.0a1b2c3d.js`;
    const get = await raw(url, CHROMIUM);
    const head = await raw(url, CHROMIUM, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(String(get.body.length));
    const plainHead = await raw(url, {}, 'HEAD');
    expect(plainHead.headers['content-encoding']).toBeUndefined();
    expect(plainHead.headers['content-length']).toBe(String(Buffer.byteLength(BUNDLE)));
  });

  it('compresses SVG images but sends PNG as it is', async () => {
    const svg = await raw(`${app.baseUrl}/images/bag.svg`, CHROMIUM);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['content-encoding']).toBe('br');
    expect(svg.headers.vary).toBe('Accept-Encoding');
    expect(svg.headers['cache-control']).toBe('public, max-age=86400');
    expect(brotliDecompressSync(svg.body).toString()).toBe(SVG);
    const png = await raw(`${app.baseUrl}/images/bag.png`, CHROMIUM);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    expect(png.headers['content-length']).toBe(String(PNG.length));
    expect(png.body.equals(PNG)).toBe(true);
  });

  it('compresses a file once per encoding and serves later requests, concurrent ones too, from the kept copy', async () => {
    await writeFile(join(h5Dir, 'js', 'once.5e6f7a8b.js'), BUNDLE);
    const br = vi.spyOn(compressors, 'br');
    const gzip = vi.spyOn(compressors, 'gzip');
    const url = `${app.baseUrl}/js/once.5e6f7a8b.js`;
    const answers = await Promise.all([raw(url, CHROMIUM), raw(url, CHROMIUM), raw(url, CHROMIUM)]);
    answers.push(await raw(url, CHROMIUM), await raw(url, CHROMIUM, 'HEAD'));
    await raw(url, { 'Accept-Encoding': 'gzip' });
    await raw(url, { 'Accept-Encoding': 'gzip' });
    expect(br).toHaveBeenCalledTimes(1);
    expect(gzip).toHaveBeenCalledTimes(1);
    for (const res of answers.slice(0, 4)) expect(brotliDecompressSync(res.body).toString()).toBe(BUNDLE);
  });

  it('keys the kept copy by mtime and size: same mtime and size is the same copy, a rebuilt file a new one', async () => {
    const file = join(h5Dir, 'js', 'rebuilt.0f0f0f0f.js');
    const built = new Date('2026-01-01T00:00:00Z');
    const url = `${app.baseUrl}/js/rebuilt.0f0f0f0f.js`;
    const served = async () => brotliDecompressSync((await raw(url, CHROMIUM)).body).toString().slice(0, 12);
    await writeFile(file, BUNDLE.replace('f0(', 'A0('));
    await utimes(file, built, built);
    expect(await served()).toBe('function A0(');
    // Other bytes, same size and mtime: the copy kept is served, the file is not read again.
    await writeFile(file, BUNDLE.replace('f0(', 'B0('));
    await utimes(file, built, built);
    expect(await served()).toBe('function A0(');
    // A new mtime (a rebuild): compressed again.
    const rebuilt = new Date(built.getTime() + 5000);
    await utimes(file, rebuilt, rebuilt);
    expect(await served()).toBe('function B0(');
  });

  it('bounds the kept copies by their total bytes, least recently used out first', async () => {
    const [a, b] = [join(h5Dir, 'js', 'lru-a.11111111.js'), join(h5Dir, 'js', 'lru-b.22222222.js')];
    await writeFile(a, BUNDLE);
    await writeFile(b, BUNDLE.replace('f0(', 'B0('));
    const one = (await compressors.gzip(Buffer.from(BUNDLE))).length;
    const copies = new CompressedCopies(one + one / 2); // room for one copy, not two
    const gzip = vi.spyOn(compressors, 'gzip');
    const [infoA, infoB] = [await stat(a), await stat(b)];
    await copies.get(a, infoA, 'gzip');
    await copies.get(a, infoA, 'gzip');
    expect(gzip).toHaveBeenCalledTimes(1);
    await copies.get(b, infoB, 'gzip'); // pushes a out
    expect(copies.size).toBeLessThanOrEqual(one + one / 2);
    await copies.get(b, infoB, 'gzip');
    expect(gzip).toHaveBeenCalledTimes(2);
    expect(gunzipSync(await copies.get(a, infoA, 'gzip')).toString()).toBe(BUNDLE);
    expect(gzip).toHaveBeenCalledTimes(3);
  });
});

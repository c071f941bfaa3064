import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';

/** What Taro writes into the H5 index.html: one inline script (root font size), the bundles by src. */
const ROOT_FONT_SCRIPT = '!function(n){function f(){var e=n.document.documentElement;e.style.fontSize="20px"}f()}(window);';
const indexHtml = (inline: string) =>
  `<!doctype html><html><head><title>栖行</title><script>${inline}</script><script defer="defer" src="/js/app.0a1b2c3d.js"></script><link href="/css/app.0a1b2c3d.css" rel="stylesheet"></head><body><div id="app"></div></body></html>`;
const cspHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The CSP as directive -> sources. */
function directives(header: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name, sources);
  }
  return parsed;
}

function expectCommonHeaders(headers: Headers): void {
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(directives(headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"]);
}

describe('security headers', () => {
  let app: TestApp;
  let h5Dir: string;
  let memberToken: string;
  beforeAll(async () => {
    h5Dir = await mkdtemp(join(tmpdir(), 'h5-csp-'));
    await writeFile(join(h5Dir, 'index.html'), indexHtml(ROOT_FONT_SCRIPT));
    app = await startTestApp({ config: { h5Dir } });
    memberToken = await app.loginMember('headers');
  });
  afterAll(async () => {
    await app?.close();
    if (h5Dir) await rm(h5Dir, { recursive: true, force: true });
  });

  it('protects the storefront page: its own scripts plus Taro\'s inline one by hash, no framing', async () => {
    const page = await fetch(`${app.baseUrl}/`);
    expect(page.status).toBe(200);
    expectCommonHeaders(page.headers);
    const csp = directives(page.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", cspHash(ROOT_FONT_SCRIPT)]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:']));
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });

  it('follows a new build of index.html under the running server', async () => {
    const rebuilt = `${ROOT_FONT_SCRIPT}/* another designWidth */`;
    await writeFile(join(h5Dir, 'index.html'), indexHtml(rebuilt));
    try {
      const csp = directives((await fetch(`${app.baseUrl}/`)).headers.get('content-security-policy'));
      expect(csp.get('script-src')).toEqual(["'self'", cspHash(rebuilt)]);
    } finally {
      await writeFile(join(h5Dir, 'index.html'), indexHtml(ROOT_FONT_SCRIPT));
    }
  });

  it('puts the same protections on API answers, errors included, with a policy that loads nothing', async () => {
    for (const res of [await app.request('GET', '/api/v1/products'), await app.request('GET', '/api/v1/nope'), await app.request('GET', '/healthz')]) {
      expectCommonHeaders(res.headers);
      expect(directives(res.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"]);
    }
  });

  it('keeps personal answers out of caches: no-store on signed-in /api/v1 answers', async () => {
    for (const path of ['/api/v1/members/me', '/api/v1/orders', '/api/v1/addresses', '/api/v1/cart']) {
      const res = await app.request('GET', path, { token: memberToken });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    const staffToken = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    for (const path of ['/api/v1/staff/pickups', '/api/v1/admin/orders']) {
      const res = await app.request('GET', path, { token: staffToken });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    // Refused answers to a bad token carry no personal data, but the rule is the header, not the outcome.
    expect((await app.request('GET', '/api/v1/orders', { token: 'not-a-token' })).headers.get('cache-control')).toBe('no-store');
  });

  it('leaves anonymous catalog answers and static files to their own caching', async () => {
    expect((await app.request('GET', '/api/v1/products')).headers.get('cache-control')).toBeNull();
    expect((await fetch(`${app.baseUrl}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('sends no HSTS over http, whatever X-Forwarded-Proto claims, without TRUST_PROXY', async () => {
    const res = await app.request('GET', '/api/v1/products', { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it("keeps a client's X-Request-Id only when it looks like an id", async () => {
    const good = 'trace-01H9Z.abc:42';
    expect((await app.request('GET', '/healthz', { headers: { 'x-request-id': good } })).headers.get('x-request-id')).toBe(good);
    for (const bad of ['<script>alert(1)</script>', 'x'.repeat(200), 'short', 'a b c d e f g h']) {
      const echoed = (await app.request('GET', '/healthz', { headers: { 'x-request-id': bad } })).headers.get('x-request-id');
      expect(echoed, bad).not.toBe(bad);
      expect(echoed).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect((await app.request('GET', '/healthz')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers behind a trusted proxy (TRUST_PROXY=true)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 'none', config: { trustProxy: true } });
  });
  afterAll(async () => app?.close());

  it('sends HSTS when the proxy says the request came over https, and only then', async () => {
    const https = await app.request('GET', '/api/v1/products', { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect((await app.request('GET', '/api/v1/products', { headers: { 'x-forwarded-proto': 'http' } })).headers.get('strict-transport-security')).toBeNull();
    expect((await app.request('GET', '/api/v1/products')).headers.get('strict-transport-security')).toBeNull();
  });
});

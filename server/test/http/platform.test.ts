import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { seedDemoShop } from '../../src/db/seed/seed.js';
import { demoShop } from '../../src/db/seed/demo-data.js';
import { ProductEntity } from '../../src/catalog/product.entity.js';
import { CategoryEntity } from '../../src/catalog/category.entity.js';

describe('platform: health, errors, authentication', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  it('answers liveness and readiness with the database kind', async () => {
    expect((await app.request('GET', '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await app.request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.database).toBe(process.env.TEST_DB === 'mysql' ? 'mysql' : 'better-sqlite3');
  });

  it('answers unknown routes with a JSON 404 and a request id', async () => {
    const res = await app.request('GET', '/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ROUTE_NOT_FOUND');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('rejects malformed JSON with 400 and no stack trace', async () => {
    const res = await app.request('POST', '/api/v1/auth/wechat', { rawBody: '{"code": ' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects a body that is not JSON', async () => {
    const res = await app.request('POST', '/api/v1/auth/wechat', { rawBody: 'code=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('validates bodies with field-level details', async () => {
    const res = await app.request('POST', '/api/v1/auth/wechat', { body: { code: 42 } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details[0].path).toBe('code');
  });

  it('answers a wrong method on a known route with 405', async () => {
    const res = await app.request('GET', '/api/v1/auth/wechat');
    expect(res.status).toBe(405);
    expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('creates a member on first WeChat login and finds the same member afterwards', async () => {
    const first = await app.request('POST', '/api/v1/auth/wechat', { body: { code: 'test:alice' } });
    expect(first.status).toBe(200);
    expect(first.body.member.isNew).toBe(true);
    expect(first.body.roles).toEqual(['consumer']);
    const again = await app.request('POST', '/api/v1/auth/wechat', { body: { code: 'test:alice' } });
    expect(again.body.member).toMatchObject({ id: first.body.member.id, isNew: false });
    const bob = await app.request('POST', '/api/v1/auth/wechat', { body: { code: 'test:bob' } });
    expect(bob.body.member.id).not.toBe(first.body.member.id);
  });

  it('names a new member after the name typed at the local login, and keeps the name they choose later', async () => {
    const login = (code: string) => app.request('POST', '/api/v1/auth/wechat', { body: { code } });
    const first = await login('test: 林小雨 ');
    expect(first.body.member).toMatchObject({ nickname: '林小雨', isNew: true });
    expect((await app.request('GET', '/api/v1/members/me', { token: first.body.token })).body.nickname).toBe('林小雨');
    // Only the first login names the member: a nickname edited since stays.
    await app.request('PATCH', '/api/v1/members/me', { token: first.body.token, body: { nickname: '小雨' } });
    expect((await login('test: 林小雨 ')).body.member).toMatchObject({ id: first.body.member.id, nickname: '小雨', isNew: false });
    // Twenty characters is a name; anything longer, blank or with control characters gets the default.
    expect((await login(`test:${'名'.repeat(20)}`)).body.member.nickname).toBe('名'.repeat(20));
    for (const code of [`test:${'名'.repeat(21)}`, 'test:   ', 'test:a\tb']) {
      const res = await login(code);
      expect(res.status, code).toBe(200);
      expect(res.body.member.nickname, code).toMatch(/^微信用户.{4}$/);
    }
  });

  it('refuses a login code that the WeChat adapter does not accept', async () => {
    const res = await app.request('POST', '/api/v1/auth/wechat', { body: { code: 'garbage' } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('concurrent first logins of one user create exactly one member', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => app.request('POST', '/api/v1/auth/wechat', { body: { code: 'test:racer' } })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.body.member.id)).size).toBe(1);
    expect(results.filter((r) => r.body.member.isNew)).toHaveLength(1);
  });

  it('signs staff in with seeded passwords and carries role and store in the token', async () => {
    const res = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'manager.ja', password: DEMO_PASSWORDS.staff } });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(['store_manager']);
    expect(res.body.staff.storeId).toEqual(expect.any(Number));
    const admin = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'admin', password: DEMO_PASSWORDS.admin } });
    expect(admin.body.staff).toMatchObject({ role: 'admin', storeId: null });
  });

  it('pauses sign-in for an account name after five wrong passwords', async () => {
    const attempt = (password: string) => app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'staff.pd2', password } });
    for (let i = 0; i < 5; i++) expect((await attempt(`guess-${i}`)).body.error.code).toBe('INVALID_CREDENTIALS');
    const paused = await attempt(DEMO_PASSWORDS.staff);
    expect(paused.status).toBe(429);
    expect(paused.body.error.code).toBe('RATE_LIMITED');
    expect((await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'staff.pd1', password: DEMO_PASSWORDS.staff } })).status).toBe(200);
  });

  it('lets no more than five wrong passwords through even when twenty race, and right ones use none of them', async () => {
    const attempt = (username: string, password: string) => app.request('POST', '/api/v1/staff/auth/login', { body: { username, password } });
    for (let i = 0; i < 8; i++) expect((await attempt('staff.xh2', DEMO_PASSWORDS.staff)).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt('staff.xh2', `race-${i}`)));
    const codes = answers.map((a) => a.body.error.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(15);
    expect((await attempt('staff.xh2', DEMO_PASSWORDS.staff)).status).toBe(429);
  });

  it('signs staff in whatever case they type their account name in', async () => {
    const res = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: ' Staff.JA1 ', password: DEMO_PASSWORDS.staff } });
    expect(res.status).toBe(200);
    expect(res.body.staff.username).toBe('staff.ja1');
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'admin', password: 'nope' } });
    const unknown = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'nobody', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('rejects a forged or malformed bearer token', async () => {
    const res = await app.request('GET', '/api/v1/nope', { token: 'abc.def.ghi' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('tells people what went wrong in Chinese, the shop\'s language', async () => {
    const chinese = /[\u4e00-\u9fff]/;
    const token = await app.loginMember('messages');
    const answers = [
      await app.request('GET', '/api/v1/orders'),
      await app.request('GET', '/api/v1/orders/999999', { token }),
      await app.request('POST', '/api/v1/orders', { token, body: { fromCart: true, fulfillment: { type: 'pickup', storeId: 1 } } }),
      await app.request('POST', '/api/v1/cart/items', { token, body: { skuId: 999999, qty: 1 } }),
      await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'admin', password: 'wrong-password' } }),
    ];
    for (const answer of answers) expect(answer.body.error.message, JSON.stringify(answer.body)).toMatch(chinese);
  });

  it('serves product images from the demo catalog', async () => {
    const res = await fetch(`${app.baseUrl}/images/categories/apparel.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(`${app.baseUrl}/images/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('answers unknown HTTP methods and bad percent-encoding with 4xx, not 500', async () => {
    const propfind = await app.request('PROPFIND', '/api/v1/products');
    expect(propfind.status).toBe(405);
    expect((await fetch(`${app.baseUrl}/images/%ZZ.svg`)).status).toBe(404);
  });

  it('reads ids strictly: hex or exponent notation is not an id', async () => {
    for (const id of ['0x10', '1e3', '-1', '1.5']) {
      const res = await app.request('GET', `/api/v1/products/${id}`);
      expect(res.status, id).toBe(400);
    }
  });

  it('refuses to open a transaction inside another one', async () => {
    await expect(inTransaction(app.services.dataSource, () => inTransaction(app.services.dataSource, async () => 1))).rejects.toThrow(/inside a transaction/);
    expect(await inTransaction(app.services.dataSource, async () => 2)).toBe(2);
  });

  it('never seeds the demo shop twice, nor into a database that holds a shop', async () => {
    const { dataSource, inventory } = app.services;
    const products = await dataSource.manager.count(ProductEntity);
    expect(products).toBeGreaterThanOrEqual(40);
    expect(await seedDemoShop(dataSource, inventory, demoShop)).toBe(false);
    expect(await dataSource.manager.count(ProductEntity)).toBe(products);

    const other = await startTestApp({ seed: 'none' });
    try {
      await other.services.dataSource.manager.insert(CategoryEntity, { code: 'own', name: '自有类目', icon: null, sortOrder: 0, isActive: true });
      expect(await seedDemoShop(other.services.dataSource, other.services.inventory, demoShop)).toBe(false);
      expect(await other.services.dataSource.manager.count(ProductEntity)).toBe(0);
    } finally {
      await other.close();
    }
  });
});

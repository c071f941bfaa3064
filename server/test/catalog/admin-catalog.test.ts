import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProductEntity } from '../../src/catalog/product.entity.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { categoryIdOf, createProduct, productBody, setStatus, walkPages } from './catalog-fixtures.js';

describe('catalog: back office', () => {
  let app: TestApp;
  let admin: string;
  let marketer: string;
  let home: number;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
    home = await categoryIdOf(app, 'home');
  });
  afterAll(async () => app?.close());

  const consumerFinds = async (title: string) => (await walkPages(app, '/api/v1/products', { q: title })).some((p) => p.title === title);

  describe('access', () => {
    it('needs a token (401) with the marketer or admin role (403 otherwise)', async () => {
      const consumer = await app.loginMember('alice');
      const manager = await app.loginStaff('manager.ja', DEMO_PASSWORDS.staff);
      for (const [method, path] of [
        ['GET', '/api/v1/admin/products'],
        ['GET', '/api/v1/admin/categories'],
        ['POST', '/api/v1/admin/products'],
        ['PATCH', '/api/v1/admin/skus/1'],
      ] as const) {
        const body = method === 'GET' ? undefined : {};
        expect((await app.request(method, path, { body })).body.error.code, path).toBe('UNAUTHENTICATED');
        expect((await app.request(method, path, { body, token: consumer })).body.error.code, path).toBe('FORBIDDEN');
        expect((await app.request(method, path, { body, token: manager })).status, path).toBe(403);
      }
      expect((await app.request('GET', '/api/v1/admin/products', { token: marketer })).status).toBe(200);
      expect((await app.request('GET', '/api/v1/admin/products', { token: admin })).status).toBe(200);
    });
  });

  describe('categories', () => {
    it('creates, lists and edits categories; inactive ones are hidden from consumers', async () => {
      const created = await app.request('POST', '/api/v1/admin/categories', { token: marketer, body: { code: 'gifts', name: '礼品', sortOrder: 3 } });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ id: expect.any(Number), code: 'gifts', name: '礼品', icon: null, sortOrder: 3, isActive: true });

      let consumerCodes = (await app.request('GET', '/api/v1/categories')).body.map((c: { code: string }) => c.code);
      expect(consumerCodes.indexOf('gifts')).toBeGreaterThan(consumerCodes.indexOf('bags')); // bags has 2, home has 3 (older id first)

      const hidden = await app.request('PATCH', `/api/v1/admin/categories/${created.body.id}`, { token: admin, body: { isActive: false } });
      expect(hidden.body).toMatchObject({ isActive: false, sortOrder: 3, name: '礼品' }); // fields left out stay as they were
      consumerCodes = (await app.request('GET', '/api/v1/categories')).body.map((c: { code: string }) => c.code);
      expect(consumerCodes).not.toContain('gifts');
      const adminList = (await app.request('GET', '/api/v1/admin/categories', { token: admin })).body;
      expect(adminList.find((c: { code: string }) => c.code === 'gifts')).toMatchObject({ isActive: false });
    });

    it('refuses a duplicate code (409), an unknown id (404) and a bad code (400)', async () => {
      expect((await app.request('POST', '/api/v1/admin/categories', { token: admin, body: { code: 'home', name: '重复' } })).body.error.code).toBe('CONFLICT');
      expect((await app.request('PATCH', '/api/v1/admin/categories/999999', { token: admin, body: { name: 'x' } })).body.error.code).toBe('NOT_FOUND');
      expect((await app.request('POST', '/api/v1/admin/categories', { token: admin, body: { code: 'Bad Code', name: 'x' } })).status).toBe(400);
    });
  });

  describe('products', () => {
    it('creates a product with specs and SKUs, off shelf, with generated SKU codes and minPrice from active SKUs', async () => {
      const body = productBody(home, {
        title: '新品台灯',
        skus: [
          { specValues: { 颜色: '黑', 尺码: 'M' }, price: 19900, memberPrice: 17900, code: 'LAMP-BLACK-M' },
          { specValues: { 颜色: '黑', 尺码: 'L' }, price: 16900 },
          { specValues: { 颜色: '白', 尺码: 'M' }, price: 9900, isActive: false },
        ],
      });
      const product = await createProduct(app, marketer, body);
      expect(product).toMatchObject({ title: '新品台灯', status: 'off_shelf', categoryId: home, minPrice: 16900, sales: 0, inStock: false });
      // Members pay 17900 for the black M and the list price 16900 for the black L: the lowest is 16900.
      expect(product.minMemberPrice).toBe(16900);
      expect(product.skus.map((s: any) => [s.code, s.isActive])).toEqual([
        ['LAMP-BLACK-M', true],
        [`P${product.id}-2`, true],
        [`P${product.id}-3`, false],
      ]);
      expect((await app.request('GET', `/api/v1/admin/products/${product.id}`, { token: admin })).body).toEqual(product);
      // Off shelf: not for consumers.
      expect((await app.request('GET', `/api/v1/products/${product.id}`)).status).toBe(404);
      expect(await consumerFinds('新品台灯')).toBe(false);
    });

    it('rejects SKUs whose spec values do not match the specs, with a detail per problem', async () => {
      const res = await app.request('POST', '/api/v1/admin/products', {
        token: admin,
        body: productBody(home, {
          skus: [
            { specValues: { 颜色: '黑' }, price: 100 },
            { specValues: { 颜色: '红', 尺码: 'M' }, price: 100 },
            { specValues: { 颜色: '白', 尺码: 'M', 材质: '棉' }, price: 100 },
            { specValues: { 颜色: '白', 尺码: 'L' }, price: 100 },
            { specValues: { 尺码: 'L', 颜色: '白' }, price: 100 },
          ],
        }),
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([
        'skus.0.specValues.尺码',
        'skus.1.specValues.颜色',
        'skus.2.specValues.材质',
        'skus.4.specValues',
      ]);
    });

    it('rejects a member price not below the price, an unknown category, and going on shelf with no active SKU', async () => {
      const memberTooHigh = await app.request('POST', '/api/v1/admin/products', {
        token: admin,
        body: productBody(home, { skus: [{ specValues: { 颜色: '黑', 尺码: 'M' }, price: 100, memberPrice: 100 }] }),
      });
      expect(memberTooHigh.status).toBe(400);
      expect(memberTooHigh.body.error.details).toEqual([{ path: 'skus.0.memberPrice', message: expect.any(String) }]);

      const unknownCategory = await app.request('POST', '/api/v1/admin/products', { token: admin, body: productBody(999999) });
      expect(unknownCategory.status).toBe(404);
      expect(unknownCategory.body.error.code).toBe('NOT_FOUND');

      const noActive = await app.request('POST', '/api/v1/admin/products', {
        token: admin,
        body: productBody(home, { status: 'on_shelf', skus: [{ specValues: { 颜色: '黑', 尺码: 'M' }, price: 100, isActive: false }] }),
      });
      expect(noActive.status).toBe(400);
      expect(noActive.body.error.details[0].path).toBe('status');
    });

    it('refuses a SKU code that is already taken and leaves nothing behind', async () => {
      const before = await app.services.dataSource.manager.count(ProductEntity);
      const res = await app.request('POST', '/api/v1/admin/products', {
        token: admin,
        body: productBody(home, { title: '撞码商品', skus: [{ specValues: { 颜色: '黑', 尺码: 'M' }, price: 100, code: 'LINEN-RELAXED-SHIRT-1' }] }),
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('CONFLICT');
      expect(await app.services.dataSource.manager.count(ProductEntity)).toBe(before);
    });

    it('puts a product on and takes it off the shelf; consumers see it only while on shelf', async () => {
      const product = await createProduct(app, admin, productBody(home, { title: '上下架测试杯' }));
      expect((await setStatus(app, marketer, product.id, 'on_shelf')).status).toBe('on_shelf');
      expect(await consumerFinds('上下架测试杯')).toBe(true);
      const page = await app.request('GET', `/api/v1/products/${product.id}`);
      expect(page.status).toBe(200);

      await setStatus(app, marketer, product.id, 'off_shelf');
      expect(await consumerFinds('上下架测试杯')).toBe(false);
      expect((await app.request('GET', `/api/v1/products/${product.id}`)).body.error.code).toBe('NOT_FOUND');
      expect((await app.request('GET', `/api/v1/admin/products/${product.id}`, { token: admin })).body.status).toBe('off_shelf');

      await setStatus(app, marketer, product.id, 'on_shelf');
      expect(await consumerFinds('上下架测试杯')).toBe(true);
      expect((await app.request('GET', `/api/v1/products/${product.id}`)).status).toBe(200);
    });

    it('shows consumers only the active SKUs of a product', async () => {
      const product = await createProduct(
        app,
        admin,
        productBody(home, {
          title: '部分停售商品',
          status: 'on_shelf',
          skus: [
            { specValues: { 颜色: '黑', 尺码: 'M' }, price: 500 },
            { specValues: { 颜色: '白', 尺码: 'M' }, price: 100, memberPrice: 90, isActive: false },
          ],
        }),
      );
      const page = (await app.request('GET', `/api/v1/products/${product.id}`)).body;
      expect(page.skus.map((s: any) => s.specValues['颜色'])).toEqual(['黑']);
      expect(page).toMatchObject({ minPrice: 500, minMemberPrice: null });
    });

    it('will not put a product without an active SKU on shelf (409)', async () => {
      const product = await createProduct(app, admin, productBody(home, { skus: [{ specValues: { 颜色: '黑', 尺码: 'M' }, price: 100, isActive: false }] }));
      const res = await app.request('POST', `/api/v1/admin/products/${product.id}/status`, { token: admin, body: { status: 'on_shelf' } });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('CONFLICT');
      expect((await app.request('POST', '/api/v1/admin/products/999999/status', { token: admin, body: { status: 'off_shelf' } })).status).toBe(404);
    });

    it('keeps minPrice and the price filter in step with SKU price edits', async () => {
      const product = await createProduct(app, admin, productBody(home, { title: '调价测试凳', status: 'on_shelf' }));
      const [blackM, blackL] = product.skus;
      const inRange = async (minPrice: number, maxPrice: number) =>
        (await walkPages(app, '/api/v1/products', { q: '调价测试凳', minPrice, maxPrice })).some((p) => p.id === product.id);
      expect(await inRange(0, 8000)).toBe(false);

      const cheaper = await app.request('PATCH', `/api/v1/admin/skus/${blackL.id}`, { token: marketer, body: { price: 8000 } });
      expect(cheaper.status).toBe(200);
      expect(cheaper.body.minPrice).toBe(8000);
      expect(await inRange(0, 8000)).toBe(true);
      expect(await inRange(8001, 99999)).toBe(false);

      // Deactivating the cheapest SKU lifts minPrice to the next active one.
      const deactivated = await app.request('PATCH', `/api/v1/admin/skus/${blackL.id}`, { token: marketer, body: { isActive: false } });
      expect(deactivated.body.minPrice).toBe(blackM.price);
      expect(await inRange(0, 8000)).toBe(false);
      expect(await inRange(blackM.price, blackM.price)).toBe(true);
      expect((await app.request('GET', `/api/v1/products/${product.id}`)).body.skus).toHaveLength(1);
    });

    it('validates SKU edits: member price below price, last active SKU of an on-shelf product, unknown SKU', async () => {
      const product = await createProduct(app, admin, productBody(home, { status: 'on_shelf', skus: [{ specValues: { 颜色: '黑', 尺码: 'M' }, price: 1000, memberPrice: 900 }] }));
      const sku = product.skus[0];
      const priceBelowMember = await app.request('PATCH', `/api/v1/admin/skus/${sku.id}`, { token: admin, body: { price: 900 } });
      expect(priceBelowMember.status).toBe(400);
      expect(priceBelowMember.body.error.details[0].path).toBe('price');
      expect((await app.request('PATCH', `/api/v1/admin/skus/${sku.id}`, { token: admin, body: { memberPrice: 1200 } })).status).toBe(400);
      const cleared = await app.request('PATCH', `/api/v1/admin/skus/${sku.id}`, { token: admin, body: { memberPrice: null, price: 800 } });
      expect(cleared.body.skus[0]).toMatchObject({ price: 800, memberPrice: null });

      const lastActive = await app.request('PATCH', `/api/v1/admin/skus/${sku.id}`, { token: admin, body: { isActive: false } });
      expect(lastActive.status).toBe(409);
      await setStatus(app, admin, product.id, 'off_shelf');
      expect((await app.request('PATCH', `/api/v1/admin/skus/${sku.id}`, { token: admin, body: { isActive: false } })).status).toBe(200);

      expect((await app.request('PATCH', '/api/v1/admin/skus/999999', { token: admin, body: { price: 1 } })).status).toBe(404);
    });

    it('adds a SKU with a new spec combination only', async () => {
      const product = await createProduct(app, admin, productBody(home));
      const duplicate = await app.request('POST', `/api/v1/admin/products/${product.id}/skus`, { token: admin, body: { specValues: { 颜色: '黑', 尺码: 'M' }, price: 100 } });
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.error.details).toEqual([{ path: 'specValues', message: expect.any(String) }]);
      const foreign = await app.request('POST', `/api/v1/admin/products/${product.id}/skus`, { token: admin, body: { specValues: { 颜色: '紫', 尺码: 'M' }, price: 100 } });
      expect(foreign.body.error.details[0].path).toBe('specValues.颜色');

      const added = await app.request('POST', `/api/v1/admin/products/${product.id}/skus`, { token: admin, body: { specValues: { 颜色: '白', 尺码: 'L' }, price: 5000, memberPrice: 4500 } });
      expect(added.status).toBe(201);
      expect(added.body.minPrice).toBe(5000);
      expect(added.body.skus.at(-1)).toMatchObject({ code: `P${product.id}-3`, price: 5000, memberPrice: 4500, isActive: true });
      expect((await app.request('POST', '/api/v1/admin/products/999999/skus', { token: admin, body: { specValues: {}, price: 1 } })).status).toBe(404);
    });

    it('edits product fields; the category must exist', async () => {
      const product = await createProduct(app, admin, productBody(home, { title: '改名前', status: 'on_shelf' }));
      const bags = await categoryIdOf(app, 'bags');
      const edited = await app.request('PATCH', `/api/v1/admin/products/${product.id}`, { token: admin, body: { title: '改名后', categoryId: bags } });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: '改名后', categoryId: bags, description: product.description });
      expect(await consumerFinds('改名后')).toBe(true);
      expect((await app.request('PATCH', `/api/v1/admin/products/${product.id}`, { token: admin, body: { categoryId: 999999 } })).status).toBe(404);
      expect((await app.request('PATCH', '/api/v1/admin/products/999999', { token: admin, body: { title: 'x' } })).status).toBe(404);
    });

    it('lists every product newest first, off shelf included, filtered by status', async () => {
      const all = await walkPages(app, '/api/v1/admin/products', { limit: 7 }, admin);
      expect(all).toHaveLength(await app.services.dataSource.manager.count(ProductEntity));
      for (let i = 1; i < all.length; i++) expect(all[i - 1].id).toBeGreaterThan(all[i].id);
      const offShelf = await walkPages(app, '/api/v1/admin/products', { status: 'off_shelf', limit: 2 }, admin);
      expect(offShelf.length).toBe(await app.services.dataSource.manager.countBy(ProductEntity, { status: 'off_shelf' }));
      expect(offShelf.length).toBeGreaterThan(0);
      expect(offShelf.every((p) => p.status === 'off_shelf')).toBe(true);
      const found = await walkPages(app, '/api/v1/admin/products', { q: '新品台灯', category: home }, admin);
      expect(found.map((p) => [p.title, p.status])).toEqual([['新品台灯', 'off_shelf']]);
    });
  });

  describe('concurrency', () => {
    it('keeps minPrice right when two SKUs of one product are repriced at the same time', async () => {
      for (let round = 0; round < 5; round++) {
        const product = await createProduct(
          app,
          admin,
          productBody(home, {
            skus: [
              { specValues: { 颜色: '黑', 尺码: 'M' }, price: 10000 },
              { specValues: { 颜色: '黑', 尺码: 'L' }, price: 20000 },
            ],
          }),
        );
        const [a, b] = product.skus;
        const results = await Promise.all([
          app.request('PATCH', `/api/v1/admin/skus/${a.id}`, { token: admin, body: { price: 30000 } }),
          app.request('PATCH', `/api/v1/admin/skus/${b.id}`, { token: admin, body: { price: 25000 } }),
        ]);
        expect(results.map((r) => r.status)).toEqual([200, 200]);
        const stored = await app.services.dataSource.manager.findOneByOrFail(ProductEntity, { id: product.id });
        expect(stored.minPrice).toBe(25000);
      }
    });
  });
});

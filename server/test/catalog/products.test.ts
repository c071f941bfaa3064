import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/platform/cursor.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { ProductEntity } from '../../src/catalog/product.entity.js';
import { StoreEntity } from '../../src/stores/store.entity.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { categoryIdOf, createProduct, productBody, walkPages } from './catalog-fixtures.js';

type Summary = { id: number; categoryId: number; title: string; minPrice: number; minMemberPrice: number | null; sales: number; inStock: boolean; image: string | null };

/** a comes strictly before b in the list order. */
const ORDERS: Record<string, (a: Summary, b: Summary) => boolean> = {
  sales: (a, b) => a.sales > b.sales || (a.sales === b.sales && a.id > b.id),
  price_asc: (a, b) => a.minPrice < b.minPrice || (a.minPrice === b.minPrice && a.id < b.id),
  price_desc: (a, b) => a.minPrice > b.minPrice || (a.minPrice === b.minPrice && a.id > b.id),
  new: (a, b) => a.id > b.id,
};

describe('catalog: consumer product list and detail', () => {
  let app: TestApp;
  let admin: string;
  let onShelfCount: number;
  let percentProductId: number;
  let hiddenProductId: number;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    const home = await categoryIdOf(app, 'home');
    // Products with sales 0 and equal prices, so every sort order has ties to break by id.
    for (const title of ['平价毛巾 A', '平价毛巾 B', '平价毛巾 C']) {
      await createProduct(app, admin, productBody(home, { title, status: 'on_shelf', skus: [{ specValues: { 颜色: '黑', 尺码: 'M' }, price: 15900 }] }));
    }
    percentProductId = (await createProduct(app, admin, productBody(home, { title: '100%纯棉方巾', status: 'on_shelf' }))).id;
    hiddenProductId = (await createProduct(app, admin, productBody(home, { title: '未上架的毛巾' }))).id;
    onShelfCount = await app.services.dataSource.manager.countBy(ProductEntity, { status: 'on_shelf' });
  });
  afterAll(async () => app?.close());

  it('lists active categories in sort order without signing in', async () => {
    const res = await app.request('GET', '/api/v1/categories');
    expect(res.status).toBe(200);
    expect(res.body.map((c: { code: string }) => c.code)).toEqual(['apparel', 'shoes', 'bags', 'home', 'care', 'digital', 'outdoor']);
    expect(res.body[0]).toEqual({ id: expect.any(Number), code: 'apparel', name: '服饰', icon: '/images/categories/apparel.svg', sortOrder: 0 });
  });

  it('sorts by sales, best sellers first, when no sort is given', async () => {
    const res = await app.request('GET', '/api/v1/products?limit=5');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(5);
    expect(res.body.items[0]).toMatchObject({ title: '编织快充数据线', sales: 4975, minPrice: 4900, inStock: true });
    expect(res.body.items[0].image).toMatch(/^\/images\/products\//);
    for (let i = 1; i < 5; i++) expect(ORDERS.sales!(res.body.items[i - 1], res.body.items[i])).toBe(true);
    expect(res.body.nextCursor).toEqual(expect.any(String));
  });

  for (const sort of Object.keys(ORDERS)) {
    it(`walks every page of sort=${sort} without repeats or gaps, ties broken by id`, async () => {
      const items: Summary[] = await walkPages(app, '/api/v1/products', { sort, limit: 4 });
      expect(items).toHaveLength(onShelfCount);
      expect(new Set(items.map((p) => p.id)).size).toBe(onShelfCount);
      for (let i = 1; i < items.length; i++) expect(ORDERS[sort]!(items[i - 1]!, items[i]!), `${sort} at ${i}`).toBe(true);
      expect(items.some((p) => p.id === hiddenProductId)).toBe(false);
    });
  }

  it('has ties in the sort keys it just walked (so the id tie-break was exercised)', async () => {
    const items: Summary[] = await walkPages(app, '/api/v1/products', { limit: 100 });
    expect(items.filter((p) => p.sales === 0).length).toBeGreaterThan(2);
    expect(items.filter((p) => p.minPrice === 15900).length).toBeGreaterThan(2);
  });

  it('filters by category', async () => {
    const apparel = await categoryIdOf(app, 'apparel');
    const items: Summary[] = await walkPages(app, '/api/v1/products', { category: apparel, limit: 3, sort: 'price_asc' });
    const expected = await app.services.dataSource.manager.countBy(ProductEntity, { status: 'on_shelf', categoryId: apparel });
    expect(expected).toBe(7);
    expect(items).toHaveLength(expected);
    expect(items.every((p) => p.categoryId === apparel)).toBe(true);
  });

  it('filters by a price range in fen, bounds included', async () => {
    const items: Summary[] = await walkPages(app, '/api/v1/products', { minPrice: 15900, maxPrice: 39900, limit: 5, sort: 'price_desc' });
    const all: Summary[] = await walkPages(app, '/api/v1/products', { limit: 100 });
    const expected = all.filter((p) => p.minPrice >= 15900 && p.minPrice <= 39900);
    expect(items.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(items.some((p) => p.minPrice === 15900) && items.some((p) => p.minPrice === 39900)).toBe(true);
  });

  it('rejects minPrice above maxPrice', async () => {
    const res = await app.request('GET', '/api/v1/products?minPrice=500&maxPrice=100');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('finds Chinese keywords in the title, the subtitle and the description', async () => {
    const titles = async (q: string) => (await walkPages(app, '/api/v1/products', { q })).map((p: Summary) => p.title);
    expect(await titles('衬衫')).toEqual(['亚麻宽松长袖衬衫']); // title
    expect(await titles('越洗越软')).toEqual(['亚麻宽松长袖衬衫']); // subtitle only
    expect(await titles('诺曼底')).toEqual(['亚麻宽松长袖衬衫']); // description only
    expect(await titles('不存在的词')).toEqual([]);
  });

  it('treats %, _ and \\ in the keyword literally', async () => {
    const ids = async (q: string) => (await walkPages(app, '/api/v1/products', { q })).map((p: Summary) => p.id);
    // Two demo products mention 90% / 100%; as a wildcard, % would match every product.
    const withPercent = await ids('%');
    expect(withPercent).toHaveLength(3);
    expect(withPercent).toContain(percentProductId);
    expect(await ids('0%纯')).toEqual([percentProductId]);
    expect(await ids('亚_')).toEqual([]); // a wildcard _ would match 亚麻
    expect((await ids('亚')).length).toBeGreaterThan(0);
    expect(await ids('\\')).toEqual([]);
    expect(await ids('!')).toEqual([]);
  });

  it('rejects a cursor it did not write', async () => {
    for (const cursor of ['garbage', encodeCursor({ value: 'abc', id: 3 })]) {
      const res = await app.request('GET', `/api/v1/products?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('rejects an unknown sort and a limit above 100', async () => {
    expect((await app.request('GET', '/api/v1/products?sort=random')).status).toBe(400);
    expect((await app.request('GET', '/api/v1/products?limit=101')).status).toBe(400);
  });

  it('loads a page in the same few queries whatever its size (no query per product)', async () => {
    const count = async (limit: number) => {
      const logger = app.services.dataSource.logger as any;
      const original = logger.logQuery;
      const queries: string[] = [];
      logger.logQuery = (query: string) => queries.push(query);
      try {
        const res = await app.request('GET', `/api/v1/products?limit=${limit}`);
        expect(res.body.items).toHaveLength(limit);
      } finally {
        logger.logQuery = original;
      }
      return queries.filter((q) => /^\s*select/i.test(q)).length;
    };
    const small = await count(2);
    expect(small).toBeLessThanOrEqual(4);
    expect(await count(40)).toBe(small);
  });

  it('shows member prices: the lowest, or null when no SKU has one', async () => {
    const items: Summary[] = await walkPages(app, '/api/v1/products', { q: '亚麻宽松' });
    expect(items[0]).toMatchObject({ minPrice: 39900, minMemberPrice: 36900 });
    const tee: Summary[] = await walkPages(app, '/api/v1/products', { q: '重磅纯棉' });
    expect(tee[0]!.minMemberPrice).toBeNull();
  });

  it('gives the product page with its SKU matrix, delivery stock and stock per store', async () => {
    const [shirt] = await walkPages(app, '/api/v1/products', { q: '亚麻宽松' });
    const res = await app.request('GET', `/api/v1/products/${shirt.id}`);
    expect(res.status).toBe(200);
    const stores = (await app.request('GET', '/api/v1/stores')).body as { id: number; code: string }[];
    const storeId = (code: string) => stores.find((s) => s.code === code)!.id;
    expect(res.body).toMatchObject({
      id: shirt.id,
      title: '亚麻宽松长袖衬衫',
      status: 'on_shelf',
      specs: [
        { name: '颜色', values: ['燕麦色', '雾霾蓝'] },
        { name: '尺码', values: ['M', 'L'] },
      ],
      minPrice: 39900,
      inStock: true,
    });
    expect(res.body.images).toHaveLength(3);
    expect(res.body.skus).toHaveLength(3);
    const oatL = res.body.skus.find((s: any) => s.specValues['颜色'] === '燕麦色' && s.specValues['尺码'] === 'L');
    expect(oatL).toMatchObject({ price: 39900, memberPrice: 36900, isActive: true, deliveryAvailable: 145 });
    expect(oatL.storeAvailability).toEqual(
      expect.arrayContaining([
        { storeId: storeId('SH-JA'), available: 3 },
        { storeId: storeId('SH-XH'), available: 0 },
        { storeId: storeId('SH-PD'), available: 4 },
      ]),
    );
    expect(oatL.storeAvailability).toHaveLength(3);
  });

  it('answers 404 for an unknown product and 400 for a malformed id', async () => {
    expect((await app.request('GET', '/api/v1/products/999999')).body.error.code).toBe('NOT_FOUND');
    expect((await app.request('GET', '/api/v1/products/abc')).status).toBe(400);
  });

  it('is in stock when any active SKU has units at the warehouse or an active store, and not otherwise', async () => {
    const stockOf = async () => {
      const detail = (await app.request('GET', `/api/v1/products/${percentProductId}`)).body;
      const [summary] = await walkPages(app, '/api/v1/products', { q: '100%纯棉' });
      expect(summary.inStock).toBe(detail.inStock);
      return detail;
    };
    const before = await stockOf();
    expect(before.inStock).toBe(false);
    expect(before.skus.every((s: any) => s.deliveryAvailable === 0 && s.storeAvailability.every((a: any) => a.available === 0))).toBe(true);

    const store = await app.services.dataSource.manager.findOneByOrFail(StoreEntity, { code: 'SH-XH' });
    const location = await app.services.inventory.locationOfStore(store.id);
    await app.services.inventory.receive(before.skus[0].id, location.id, 2, 'test', 'test stock');
    const after = await stockOf();
    expect(after.inStock).toBe(true);
    expect(after.skus[0].deliveryAvailable).toBe(0);
    expect(after.skus[0].storeAvailability).toContainEqual({ storeId: store.id, available: 2 });

    // Stock in a closed store is not for sale.
    await inTransaction(app.services.dataSource, (m) => m.update(StoreEntity, { id: store.id }, { isActive: false }));
    try {
      const closed = await stockOf();
      expect(closed.inStock).toBe(false);
      expect(closed.skus[0].storeAvailability.map((a: any) => a.storeId)).not.toContain(store.id);
    } finally {
      await inTransaction(app.services.dataSource, (m) => m.update(StoreEntity, { id: store.id }, { isActive: true }));
    }
  });
});

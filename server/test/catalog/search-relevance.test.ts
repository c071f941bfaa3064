import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { walkPages } from './catalog-fixtures.js';

type Summary = { id: number; categoryId: number; title: string; subtitle: string; sales: number };

/** a comes strictly before b among best sellers. */
const bySales = (a: Summary, b: Summary) => a.sales > b.sales || (a.sales === b.sales && a.id > b.id);

describe('catalog: search relevance and 热搜词 (demo catalog)', () => {
  let app: TestApp;
  let bagCategoryId: number;
  let bagIds: Set<number>;

  beforeAll(async () => {
    app = await startTestApp();
    const categories = (await app.request('GET', '/api/v1/categories')).body as { id: number; name: string }[];
    bagCategoryId = categories.find((c) => c.name === '箱包')!.id;
    bagIds = new Set((await walkPages(app, '/api/v1/products', { category: bagCategoryId })).map((p: Summary) => p.id));
    expect(bagIds.size).toBeGreaterThan(3);
  });
  afterAll(async () => app?.close());

  it('lists every 箱包 product for 包 before any product of another category, on every page', async () => {
    const items: Summary[] = await walkPages(app, '/api/v1/products', { q: '包', limit: 2 });
    const isBag = items.map((p) => bagIds.has(p.id));
    const firstOther = isBag.indexOf(false);
    expect(firstOther, 'some non-bag mentions 包 (护手霜: 包里, 手机壳: 包覆)').toBeGreaterThan(0);
    expect(isBag.slice(firstOther)).not.toContain(true);
    expect(items.slice(0, firstOther).map((p) => p.id).sort()).toEqual([...bagIds].sort());
    expect(new Set(items.map((p) => p.id)).size).toBe(items.length);
    // Paging by two gives the same order as one page.
    const onePage = await app.request('GET', `/api/v1/products?q=${encodeURIComponent('包')}&limit=50`);
    expect(onePage.body.items.map((p: Summary) => p.id)).toEqual(items.map((p) => p.id));
  });

  it('ranks bags named 包 above other bags, and titles above subtitles above descriptions, by sales within each', async () => {
    const items: Summary[] = await walkPages(app, '/api/v1/products', { q: '包', limit: 3 });
    const tier = (p: Summary) => (bagIds.has(p.id) ? (p.title.includes('包') ? 0 : 1) : p.title.includes('包') ? 2 : p.subtitle.includes('包') ? 3 : 4);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      expect(tier(a) < tier(b) || (tier(a) === tier(b) && bySales(a, b)), `${a.title} before ${b.title}`).toBe(true);
    }
    expect(items[0]!.title).toContain('包');
    const titles = items.map((p) => p.title);
    expect(titles.indexOf('护手霜礼盒三支装')).toBeLessThan(titles.indexOf('植鞣皮手机壳')); // subtitle 包里 before description 包覆
  });

  it('finds a whole category by its name', async () => {
    const items: Summary[] = await walkPages(app, '/api/v1/products', { q: '箱包', limit: 4 });
    expect(new Set(items.map((p) => p.id))).toEqual(bagIds);
    for (let i = 1; i < items.length; i++) expect(bySales(items[i - 1]!, items[i]!)).toBe(true);
  });

  it('keeps a sort the shopper chose, and falls back to sales for relevance without a keyword', async () => {
    const bySalesSearch: Summary[] = await walkPages(app, '/api/v1/products', { q: '包', sort: 'sales', limit: 4 });
    for (let i = 1; i < bySalesSearch.length; i++) expect(bySales(bySalesSearch[i - 1]!, bySalesSearch[i]!)).toBe(true);
    const isBag = bySalesSearch.map((p) => bagIds.has(p.id));
    expect(isBag.indexOf(false), 'by sales, a non-bag comes before the last bag').toBeLessThan(isBag.lastIndexOf(true));

    const relevance = await app.request('GET', '/api/v1/products?sort=relevance&limit=10');
    const sales = await app.request('GET', '/api/v1/products?limit=10');
    expect(relevance.status).toBe(200);
    expect(relevance.body.items.map((p: Summary) => p.id)).toEqual(sales.body.items.map((p: Summary) => p.id));
  });

  it('serves 热搜词 without signing in, each of which finds products', async () => {
    const res = await app.request('GET', '/api/v1/search/hot-words');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(6);
    expect(res.body.items).toContain('双肩包');
    for (const word of res.body.items as string[]) {
      const found = await app.request('GET', `/api/v1/products?q=${encodeURIComponent(word)}&limit=1`);
      expect(found.body.items.length, word).toBe(1);
    }
  });
});

import { expect } from 'vitest';
import type { TestApp } from '../support/test-app.js';

/** A product body for POST /admin/products: two specs, priced SKUs, no stock. */
export function productBody(categoryId: number, overrides: Record<string, unknown> = {}) {
  return {
    categoryId,
    title: '测试商品',
    subtitle: '',
    description: '测试用商品',
    specs: [
      { name: '颜色', values: ['黑', '白'] },
      { name: '尺码', values: ['M', 'L'] },
    ],
    skus: [
      { specValues: { 颜色: '黑', 尺码: 'M' }, price: 19900, memberPrice: 17900 },
      { specValues: { 颜色: '黑', 尺码: 'L' }, price: 16900 },
    ],
    ...overrides,
  };
}

export async function createProduct(app: TestApp, token: string, body: Record<string, unknown>) {
  const res = await app.request('POST', '/api/v1/admin/products', { token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

export async function setStatus(app: TestApp, token: string, productId: number, status: 'on_shelf' | 'off_shelf') {
  const res = await app.request('POST', `/api/v1/admin/products/${productId}/status`, { token, body: { status } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Follows nextCursor from the first page to the last and returns every item in order. */
export async function walkPages(app: TestApp, path: string, query: Record<string, string | number>, token?: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 200; pages++) {
    const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
    if (cursor) params.set('cursor', cursor);
    const res = await app.request('GET', `${path}?${params}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('pagination did not end');
}

export async function categoryIdOf(app: TestApp, code: string): Promise<number> {
  const res = await app.request('GET', '/api/v1/categories');
  const category = res.body.find((c: { code: string }) => c.code === code);
  if (!category) throw new Error(`no category ${code}`);
  return category.id;
}

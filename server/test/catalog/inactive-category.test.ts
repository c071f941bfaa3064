import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { addAddress, skusWithStock, warehouseOf } from '../support/fixtures.js';
import { ProductEntity } from '../../src/catalog/product.entity.js';

describe('a deactivated category takes its products out of the shop', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  it('hides them from lists and details and refuses to sell them until it is active again', async () => {
    const admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    const token = await app.loginMember('category-watcher');
    const addressId = await addAddress(app, token);
    const [sku] = await skusWithStock(app, (await warehouseOf(app)).id, 1);
    const product = await app.services.dataSource.manager.findOneByOrFail(ProductEntity, { id: sku!.productId });
    const listed = async () => {
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: number }[]; nextCursor: string | null } } = await app.request('GET', `/api/v1/products?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
        ids.push(...page.body.items.map((p) => p.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      return ids;
    };
    const order = () => app.request('POST', '/api/v1/orders/preview', { token, body: { lines: [{ skuId: sku!.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } } });

    expect(await listed()).toContain(product.id);
    expect((await app.request('PATCH', `/api/v1/admin/categories/${product.categoryId}`, { token: admin, body: { isActive: false } })).status).toBe(200);
    expect(await listed()).not.toContain(product.id);
    expect((await app.request('GET', `/api/v1/products/${product.id}`)).status).toBe(404);
    const refused = await order();
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('PRODUCT_UNAVAILABLE');

    await app.request('PATCH', `/api/v1/admin/categories/${product.categoryId}`, { token: admin, body: { isActive: true } });
    expect(await listed()).toContain(product.id);
    expect((await order()).status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SAMPLE_ADDRESS, setAvailable, skusWithStock, stockOf, storeByCode, warehouseOf } from '../support/fixtures.js';
import type { Sku } from '../../src/catalog/sku.entity.js';

/** Nearest-store dispatch: a delivery ships from the closest store that covers the address and holds the goods. */
describe('delivery dispatch', () => {
  let app: TestApp;
  let token: string;
  let sku: Sku;
  let jingan: { store: { id: number }; location: { id: number } };
  let xuhui: { store: { id: number }; location: { id: number } };

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.loginMember('dispatch-buyer');
    jingan = await storeByCode(app, 'SH-JA');
    xuhui = await storeByCode(app, 'SH-XH');
    const inJingan = new Set((await skusWithStock(app, jingan.location.id, 1)).map((s) => s.id));
    sku = (await skusWithStock(app, (await warehouseOf(app)).id, 5)).find((s) => inJingan.has(s.id))!;
  });
  afterAll(async () => app?.close());

  async function addressAt(latitude: number | null, longitude: number | null): Promise<number> {
    const res = await app.request('POST', '/api/v1/addresses', { token, body: { ...SAMPLE_ADDRESS, latitude, longitude } });
    return res.body.id as number;
  }

  const preview = (addressId: number) => app.request('POST', '/api/v1/orders/preview', { token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } } });

  it('ships from the nearest store covering the address, the same day, and reserves that store stock', async () => {
    const nearJingan = await addressAt(31.2301, 121.4489);
    const quoted = await preview(nearJingan);
    expect(quoted.body.fulfillment).toMatchObject({ type: 'delivery', store: { id: jingan.store.id }, eta: '门店发货，预计今日送达' });
    const before = await stockOf(app, sku.id, jingan.location.id);
    const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'delivery', addressId: nearJingan } } });
    expect(created.body.fulfillment.store.id).toBe(jingan.store.id);
    expect((await stockOf(app, sku.id, jingan.location.id)).reserved).toBe(before.reserved + 1);
  });

  it('passes over a nearer store without the goods, and falls back to the warehouse when no store fits', async () => {
    const between = await addressAt(31.2120, 121.4420); // inside both the 静安 and 徐汇 radii
    await setAvailable(app, sku.id, jingan.location.id, 0);
    await setAvailable(app, sku.id, xuhui.location.id, 3);
    expect((await preview(between)).body.fulfillment.store).toMatchObject({ id: xuhui.store.id });
    await setAvailable(app, sku.id, xuhui.location.id, 0);
    expect((await preview(between)).body.fulfillment).toMatchObject({ store: null, eta: '仓库发货，预计 1-3 天送达' });
    const unplaced = await addressAt(null, null);
    expect((await preview(unplaced)).body.fulfillment.store).toBeNull();
  });
});

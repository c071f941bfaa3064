import { expect } from 'vitest';
import { inTransaction } from '../../src/platform/transaction.js';
import { SkuEntity, type Sku } from '../../src/catalog/sku.entity.js';
import { OrderEntity, type Order } from '../../src/orders/order.entity.js';
import { DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { addAddress, skusWithStock, warehouseOf } from '../support/fixtures.js';
import { eventually } from '../support/eventually.js';

const HOUR = 3_600_000;

/** A product whose SKUs have warehouse stock, and its first SKU. */
export async function groupbuySku(app: TestApp, index = 0): Promise<Sku> {
  const skus = await skusWithStock(app, (await warehouseOf(app)).id, 120);
  const byProduct = new Map<number, Sku>();
  for (const sku of skus) if (!byProduct.has(sku.productId) && sku.price >= 2000) byProduct.set(sku.productId, sku);
  const sku = [...byProduct.values()][index];
  if (!sku) throw new Error('the demo catalog has too few stocked products');
  return sku;
}

/** Creates (and by default activates) a campaign on the SKU's product; returns its id. */
export async function campaignFor(app: TestApp, sku: Sku, rules: Record<string, unknown> = {}, activate = true): Promise<number> {
  const marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
  const created = await app.request('POST', '/api/v1/admin/groupbuy-campaigns', {
    token: marketer,
    body: {
      name: '两人拼',
      productId: sku.productId,
      groupSize: 2,
      formMinutes: 60,
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      skus: [{ skuId: sku.id, groupPrice: sku.price - 1000, stockCap: 100 }],
      ...rules,
    },
  });
  if (created.status !== 201) throw new Error(`campaign create failed: ${created.status} ${JSON.stringify(created.body)}`);
  if (activate) expect((await app.request('POST', `/api/v1/admin/groupbuy-campaigns/${created.body.id}/status`, { token: marketer, body: { status: 'active' } })).status).toBe(200);
  return created.body.id as number;
}

export interface Shopper {
  token: string;
  addressId: number;
}

export async function shopper(app: TestApp, name: string): Promise<Shopper> {
  const token = await app.loginMember(name);
  return { token, addressId: await addAddress(app, token) };
}

export function groupOrderBody(sku: Sku, who: Shopper, extra: Record<string, unknown> = {}) {
  return { skuId: sku.id, qty: 1, fulfillment: { type: 'delivery', addressId: who.addressId }, ...extra };
}

export const orderRow = (app: TestApp, id: number): Promise<Order> => app.services.dataSource.manager.findOneByOrFail(OrderEntity, { id });

/** Pays through the emulator (a real WeChat payment, so it can be refunded) and waits for the notification. */
export async function payForReal(app: TestApp, who: Shopper, orderId: number): Promise<Order> {
  const pay = await app.request('POST', `/api/v1/orders/${orderId}/pay`, { token: who.token, body: { method: 'native' } });
  expect(pay.status).toBe(200);
  await app.emulator!.pay(pay.body.outTradeNo);
  return eventually(() => orderRow(app, orderId), (o) => o.status !== 'pending_payment');
}

/** Books a payment without WeChat (for paths that never refund). */
export async function markPaid(app: TestApp, orderId: number): Promise<void> {
  await inTransaction(app.services.dataSource, (manager) => app.services.orders.markPaidWithin(manager, orderId, new Date(), 'test:payment'));
}

export async function skuRow(app: TestApp, id: number): Promise<Sku> {
  return app.services.dataSource.manager.findOneByOrFail(SkuEntity, { id });
}

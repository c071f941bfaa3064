import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/platform/transaction.js';
import { seededRandom } from '../support/seeded-random.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addAddress, skusWithStock, warehouseOf } from '../support/fixtures.js';
import { activeTemplate, marketerToken } from '../coupons/coupon-fixtures.js';
import { ProductEntity } from '../../src/catalog/product.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';

/** Coupons through checkout: preview = charge, locked with the order, used when paid, released on cancel. */
describe('orders with coupons', () => {
  let app: TestApp;
  let marketer: string;
  let skus: Sku[];
  let categoryOf: Map<number, number>;

  beforeAll(async () => {
    app = await startTestApp();
    marketer = await marketerToken(app);
    skus = await skusWithStock(app, (await warehouseOf(app)).id, 30);
    const products = await app.services.dataSource.manager.find(ProductEntity);
    categoryOf = new Map(products.map((p) => [p.id, p.categoryId]));
  });
  afterAll(async () => app?.close());

  async function memberWithCoupon(name: string, templateId: number) {
    const token = await app.loginMember(name);
    const addressId = await addAddress(app, token);
    const claim = await app.request('POST', '/api/v1/coupons/claim', { token, body: { templateId } });
    expect(claim.status).toBe(201);
    const mine = await app.request('GET', '/api/v1/coupons/mine?status=usable', { token });
    return { token, addressId, couponId: mine.body.items[0].id as number };
  }

  it('a 满199减30 coupon for one category: the reason when short, the discount when met, and what the order charges', async () => {
    const sku = skus.find((s) => s.price >= 5000 && s.price < 19900 && s.memberPrice === null)!;
    const categoryId = categoryOf.get(sku.productId)!;
    const templateId = await activeTemplate(app, marketer, { name: '服饰满199减30', scope: { kind: 'categories', ids: [categoryId] } });
    const { token, addressId, couponId } = await memberWithCoupon('category-shopper', templateId);
    const body = (qty: number) => ({ lines: [{ skuId: sku.id, qty }], fulfillment: { type: 'delivery', addressId } });

    const short = await app.request('POST', '/api/v1/orders/preview', { token, body: body(1) });
    const report = short.body.couponReport.find((r: { couponId: number }) => r.couponId === couponId);
    expect(report).toMatchObject({ applicable: false, reasonCode: 'THRESHOLD_NOT_MET', shortfall: 19900 - sku.price });
    expect(report.reason).toMatch(/^还差 ¥\d+\.\d{2} 可用$/);
    expect(short.body.coupons.find((c: { id: number }) => c.id === couponId)).toMatchObject({ name: '服饰满199减30', kind: 'threshold_off', value: 3000, threshold: 19900 });

    const qty = Math.ceil(19900 / sku.price);
    const preview = await app.request('POST', '/api/v1/orders/preview', { token, body: body(qty) });
    expect(preview.body.appliedCoupons).toEqual([couponId]);
    expect(preview.body.discountTotal).toBe(3000);
    const created = await app.request('POST', '/api/v1/orders', { token, body: { ...body(qty), coupons: { mode: 'chosen', ids: [couponId] } } });
    expect(created.status).toBe(201);
    expect(created.body.payableTotal).toBe(preview.body.payableTotal);
    expect(created.body.lines[0].discounts).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'coupon', amount: 3000 })]));

    // Locked by the pending order: not usable elsewhere; cancelling gives it back.
    const again = await app.request('POST', '/api/v1/orders/preview', { token, body: body(qty) });
    expect(again.body.appliedCoupons).toEqual([]);
    await app.request('POST', `/api/v1/orders/${created.body.id}/cancel`, { token });
    const mine = await app.request('GET', '/api/v1/coupons/mine?status=usable', { token });
    expect(mine.body.items.map((c: { id: number }) => c.id)).toContain(couponId);

    // Paid: used, and the marketer sees it in the template's numbers.
    const order = await app.request('POST', '/api/v1/orders', { token, body: { ...body(qty), coupons: { mode: 'chosen', ids: [couponId] } } });
    await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, order.body.id, new Date(), 'test:payment'));
    const used = await app.request('GET', '/api/v1/coupons/mine?status=used', { token });
    expect(used.body.items.map((c: { id: number }) => c.id)).toEqual([couponId]);
    const stats = await app.request('GET', `/api/v1/admin/coupon-templates/${templateId}/stats`, { token: marketer });
    expect(stats.body).toMatchObject({ used: 1, discountGiven: 3000, gmv: order.body.payableTotal });
  });

  it('refuses a chosen coupon that does not apply, and writes nothing', async () => {
    const templateId = await activeTemplate(app, marketer, { name: '满9999减1', value: 100, threshold: 999_900 });
    const { token, addressId, couponId } = await memberWithCoupon('too-small', templateId);
    const res = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: skus[0]!.id, qty: 1 }], fulfillment: { type: 'delivery', addressId }, coupons: { mode: 'chosen', ids: [couponId] } } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('COUPON_NOT_APPLICABLE');
    expect((await app.request('GET', '/api/v1/orders', { token })).body.items).toEqual([]);
  });

  it('one coupon in two concurrent orders: exactly one order gets it', async () => {
    const templateId = await activeTemplate(app, marketer, { name: '无门槛10元', kind: 'amount_off', value: 1000, threshold: null });
    const { token, addressId, couponId } = await memberWithCoupon('double-spender', templateId);
    const body = (skuId: number) => ({ lines: [{ skuId, qty: 1 }], fulfillment: { type: 'delivery', addressId }, coupons: { mode: 'chosen', ids: [couponId] } });
    const results = await Promise.all([app.request('POST', '/api/v1/orders', { token, body: body(skus[1]!.id) }), app.request('POST', '/api/v1/orders', { token, body: body(skus[2]!.id) })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('COUPON_NOT_APPLICABLE');
  });

  it('previews exactly what it charges for a generated set of carts', async () => {
    const templateIds = [
      await activeTemplate(app, marketer, { name: '85折', kind: 'percent_off', value: 85, threshold: null, cap: 5000 }),
      await activeTemplate(app, marketer, { name: '每满100减10', value: 1000, threshold: 10000, repeat: true }),
      await activeTemplate(app, marketer, { name: '包邮券', kind: 'free_shipping', value: 0, threshold: null }),
    ];
    const random = seededRandom(7);
    let withCoupons = 0;
    for (let cart = 0; cart < 12; cart++) {
      const token = await app.loginMember(`generated-${cart}`);
      const addressId = await addAddress(app, token);
      for (const templateId of templateIds) if (random(3) > 0) await app.request('POST', '/api/v1/coupons/claim', { token, body: { templateId } });
      const lineCount = 1 + random(3);
      const chosen = new Set<number>();
      while (chosen.size < lineCount) chosen.add(skus[random(skus.length)]!.id);
      const body = { lines: [...chosen].map((skuId) => ({ skuId, qty: 1 + random(3) })), fulfillment: { type: 'delivery', addressId } };
      const preview = await app.request('POST', '/api/v1/orders/preview', { token, body });
      if (preview.body.appliedCoupons.length > 0) withCoupons++;
      const created = await app.request('POST', '/api/v1/orders', { token, body: { ...body, coupons: { mode: 'chosen', ids: preview.body.appliedCoupons } } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect({ payable: created.body.payableTotal, shipping: created.body.shippingFee, discount: created.body.discountTotal }).toEqual({
        payable: preview.body.payableTotal,
        shipping: preview.body.shippingFee,
        discount: preview.body.discountTotal,
      });
    }
    expect(withCoupons).toBeGreaterThan(3);
  });
});

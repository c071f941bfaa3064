import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../support/seeded-random.js';
import { startTestApp, DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';
import { addAddress, skusWithStock, storeByCode, warehouseOf } from '../support/fixtures.js';
import { adminToken, ledgerTotals, member, tx } from '../membership/membership-fixtures.js';
import { activeTemplate, marketerToken } from '../coupons/coupon-fixtures.js';
import { PointsEntryEntity } from '../../src/membership/points/points-entry.entity.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';
import { cartPricingLines, priceOrder, pricingInput, type CartView, type PricingContext } from '@shop/shared';

const DAY = 86_400_000;

/** Tier benefits, points and growth through the order's life: checkout, payment, completion, refunds. */
describe('orders with membership: tiers, points, growth', () => {
  let app: TestApp;
  let admin: string;
  let skus: Sku[];

  beforeAll(async () => {
    app = await startTestApp({ emulator: { notifyRetryDelaysMs: [50, 50, 100], refundSettleDelayMs: 30 } });
    admin = await adminToken(app);
    skus = (await skusWithStock(app, (await warehouseOf(app)).id, 40)).filter((s) => s.memberPrice === null);
  });
  afterAll(async () => app?.close());

  async function shopper(name: string, points = 0) {
    const { token, memberId } = await member(app, name);
    const addressId = await addAddress(app, token);
    if (points > 0) expect((await app.request('POST', `/api/v1/admin/members/${memberId}/points/adjust`, { token: admin, body: { delta: points, reason: 'test' } })).status).toBe(201);
    return { token, memberId, addressId };
  }

  const delivery = (addressId: number, sku: Sku, qty: number, extra: Record<string, unknown> = {}) => ({
    lines: [{ skuId: sku.id, qty }],
    fulfillment: { type: 'delivery', addressId },
    coupons: { mode: 'none' },
    ...extra,
  });

  const orderRow = (id: number) => app.services.dataSource.manager.findOneByOrFail(OrderEntity, { id });

  it('a gold member gets the tier discount and free delivery from the tier threshold; the charge equals the preview', async () => {
    const sku = skus.find((s) => s.price >= 5200 && s.price < 9000)!;
    const normal = await shopper('tier-normal');
    const gold = await shopper('tier-gold');
    await tx(app.services, (m) => app.services.growth.addForPaidOrderWithin(m, gold.memberId, 500_000));

    const normalPreview = (await app.request('POST', '/api/v1/orders/preview', { token: normal.token, body: delivery(normal.addressId, sku, 1) })).body;
    expect(normalPreview).toMatchObject({ tier: { code: 'normal' }, shippingFee: 1000, payableTotal: sku.price + 1000 });

    const goldPreview = (await app.request('POST', '/api/v1/orders/preview', { token: gold.token, body: delivery(gold.addressId, sku, 1) })).body;
    const tierPrice = sku.price - Math.floor((sku.price * 5) / 100);
    expect(goldPreview).toMatchObject({ tier: { code: 'gold', name: '金卡' }, freeShippingThreshold: 4900, shippingFee: 0 });
    expect(goldPreview.lines[0].unitPrice).toBe(tierPrice);
    expect(goldPreview.discounts).toEqual([expect.objectContaining({ source: 'tier_discount', amount: sku.price - tierPrice })]);

    const created = await app.request('POST', '/api/v1/orders', { token: gold.token, body: delivery(gold.addressId, sku, 1) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ payableTotal: goldPreview.payableTotal, shippingFee: 0, discountTotal: goldPreview.discountTotal });
  });

  it('spends points up to the share cap, refuses more than the preview allowed, and gives them back on cancel', async () => {
    const sku = skus.find((s) => s.price >= 3000)!;
    const { token, memberId, addressId } = await shopper('points-spender', 100_000);
    const preview = (await app.request('POST', '/api/v1/orders/preview', { token, body: delivery(addressId, sku, 2, { points: 100_000 }) })).body;
    const cap = Math.floor((sku.price * 2 * 50) / 100); // 50% of goods, 1 fen per point
    expect(preview).toMatchObject({ pointsBalance: 100_000, pointsUsable: cap, pointsUsed: cap, pointsDeduction: cap });
    expect(preview.payableTotal).toBe(sku.price * 2 - cap + preview.shippingFee);

    const tooMany = await app.request('POST', '/api/v1/orders', { token, body: delivery(addressId, sku, 2, { points: cap + 1 }) });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error.code).toBe('POINTS_INSUFFICIENT');
    expect(await app.services.points.balanceOf(memberId)).toBe(100_000);

    const created = await app.request('POST', '/api/v1/orders', { token, body: delivery(addressId, sku, 2, { points: cap }) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ pointsUsed: cap, payableTotal: preview.payableTotal });
    expect(await app.services.points.balanceOf(memberId)).toBe(100_000 - cap);
    const ledger = await app.request('GET', '/api/v1/members/me/points', { token });
    expect(ledger.body.items[0]).toMatchObject({ kind: 'spend', delta: -cap });

    await app.request('POST', `/api/v1/orders/${created.body.id}/cancel`, { token });
    expect(await app.services.points.balanceOf(memberId)).toBe(100_000);
    // Cancelling twice gives nothing back twice.
    await app.request('POST', `/api/v1/orders/${created.body.id}/cancel`, { token });
    expect(await ledgerTotals(app, memberId)).toEqual({ balance: 100_000, sumDelta: 100_000, sumRemaining: 100_000 });
  });

  it('concurrent orders spending the same points: one gets them, the others are refused whole, the balance never goes negative', async () => {
    const sku = skus.find((s) => s.price >= 3000)!;
    const { token, memberId, addressId } = await shopper('points-racer', 1000);
    const attempts = await Promise.all(Array.from({ length: 8 }, () => app.request('POST', '/api/v1/orders', { token, body: delivery(addressId, sku, 1, { points: 1000 }) })));
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    for (const refused of attempts.filter((a) => a.status !== 201)) expect(refused.body.error.code).toBe('POINTS_INSUFFICIENT');
    expect(await ledgerTotals(app, memberId)).toEqual({ balance: 0, sumDelta: 0, sumRemaining: 0 });
    expect(await app.services.dataSource.manager.countBy(OrderEntity, { memberId })).toBe(1);
  });

  it('paid: growth; shipped and confirmed: points earned once; refunds take both back in proportion and return spent points', async () => {
    const sku = skus.find((s) => s.price >= 2000 && s.price <= 20_000)!;
    const { token, memberId, addressId } = await shopper('loyal-buyer', 500);
    const created = (await app.request('POST', '/api/v1/orders', { token, body: delivery(addressId, sku, 3, { points: 500 }) })).body;
    const pay = await app.request('POST', `/api/v1/orders/${created.id}/pay`, { token, body: { method: 'native' } });
    await app.emulator!.pay(pay.body.outTradeNo);
    await eventually(() => orderRow(created.id), (o) => o.status === 'awaiting_shipment');
    expect((await app.services.growth.growthOf(memberId)).growth).toBe(Math.floor(created.payableTotal / 100));

    const early = await app.request('POST', `/api/v1/orders/${created.id}/confirm-receipt`, { token });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('ORDER_STATE_CONFLICT');
    const badShip = await app.request('POST', `/api/v1/admin/orders/${created.id}/ship`, { token: admin, body: { carrier: '顺丰', trackingNo: '#' } });
    expect(badShip.status).toBe(400);
    const shipped = await app.request('POST', `/api/v1/admin/orders/${created.id}/ship`, { token: admin, body: { carrier: '顺丰', trackingNo: 'SF1234567890' } });
    expect(shipped.body).toMatchObject({ status: 'shipped', shipment: { carrier: '顺丰', trackingNo: 'SF1234567890' } });
    const stranger = await member(app, 'not-the-buyer');
    expect((await app.request('POST', `/api/v1/orders/${created.id}/confirm-receipt`, { token: stranger.token })).status).toBe(404);

    const confirmed = await app.request('POST', `/api/v1/orders/${created.id}/confirm-receipt`, { token });
    const earned = Math.floor((created.payableTotal - created.shippingFee) / 100);
    expect(confirmed.body).toMatchObject({ status: 'completed', pointsEarned: earned, pointsUsed: 500 });
    expect(confirmed.body.completedAt).toBeTruthy();
    expect((await app.request('POST', `/api/v1/orders/${created.id}/confirm-receipt`, { token })).status).toBe(409);
    expect(await app.services.points.balanceOf(memberId)).toBe(earned);

    // Refund one unit of three, then the rest: points and growth come back in proportion, then fully.
    const refundPath = `/api/v1/admin/orders/${created.id}/refunds`;
    const one = await app.request('POST', refundPath, { token: admin, body: { reason: '尺码不合适', refundKey: 'one', lines: [{ orderItemId: confirmed.body.lines[0].itemId, quantity: 1 }] } });
    expect(one.status).toBe(201);
    await eventually(() => orderRow(created.id), (o) => o.refundedTotal === one.body.amount);
    const afterOne = await orderRow(created.id);
    const earnedBack = Math.floor((earned * one.body.amount) / created.payableTotal);
    const spentBack = Math.floor((500 * one.body.amount) / created.payableTotal);
    expect(await app.services.points.balanceOf(memberId)).toBe(earned - earnedBack + spentBack);
    expect(afterOne.status).toBe('completed');

    const rest = await app.request('POST', refundPath, { token: admin, body: { reason: '退货', refundKey: 'rest' } });
    expect(rest.status).toBe(201);
    await eventually(() => orderRow(created.id), (o) => o.status === 'refunded');
    // Every earned point taken back, every spent point returned: the member holds exactly the 500 they started with.
    expect(await ledgerTotals(app, memberId)).toEqual({ balance: 500, sumDelta: 500, sumRemaining: 500 });
    expect((await orderRow(created.id)).refundedTotal).toBe(created.payableTotal);
    expect((await app.services.growth.growthOf(memberId)).growth).toBeLessThanOrEqual(1);
  });

  it('auto-confirms shipped orders after the configured days, once, even with two processes running the job', async () => {
    const sku = skus[0]!;
    const { token, memberId, addressId } = await shopper('never-confirms');
    const created = (await app.request('POST', '/api/v1/orders', { token, body: delivery(addressId, sku, 1) })).body;
    await tx(app.services, (m) => app.services.orders.markPaidWithin(m, created.id, new Date(), 'test:payment'));
    await app.services.orderFulfillment.ship(created.id, { carrier: '中通', trackingNo: 'ZT000111' }, 'test');

    expect(await app.services.orderFulfillment.autoConfirmShipped(new Date(Date.now() + 9 * DAY))).toBe(0);
    const later = new Date(Date.now() + 11 * DAY);
    const other = await app.otherProcess();
    const [a, b] = await Promise.all([app.services.orderFulfillment.autoConfirmShipped(later), other.orderFulfillment.autoConfirmShipped(later)]);
    expect(a + b).toBe(1);
    const order = await orderRow(created.id);
    expect(order.status).toBe('completed');
    const earns = await app.services.dataSource.manager.findBy(PointsEntryEntity, { memberId, kind: 'earn' });
    expect(earns.map((e) => e.delta)).toEqual([Math.floor((created.payableTotal - created.shippingFee) / 100)]);
    expect(order.pointsEarned).toBe(earns[0]!.delta);
  });

  it('an order that coupons pay in full is paid at once, without WeChat', async () => {
    const marketer = await marketerToken(app);
    const { store, location } = await storeByCode(app, 'SH-JA');
    const sku = (await skusWithStock(app, location.id, 1)).find((s) => s.price <= 5000)!;
    const templateId = await activeTemplate(app, marketer, { name: '免单券', kind: 'amount_off', value: 5000, threshold: null });
    const { token } = await shopper('free-order');
    expect((await app.request('POST', '/api/v1/coupons/claim', { token, body: { templateId } })).status).toBe(201);
    const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: store.id } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ payableTotal: 0, status: 'awaiting_pickup' });
    expect(created.body.paidAt).toBeTruthy();
    const pay = await app.request('POST', `/api/v1/orders/${created.body.id}/pay`, { token, body: { method: 'native' } });
    expect(pay.status).toBe(409);

    // Handed over by an admin's logged override; nothing was paid, so nothing is earned.
    const admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    const done = await app.request('POST', `/api/v1/admin/orders/${created.body.id}/complete`, { token: admin, body: { reason: '顾客手机丢失，核对身份证后交付' } });
    expect(done.body).toMatchObject({ status: 'completed', pointsEarned: 0 });
  });

  it("the phone's own pricing of a cart (same function, same context) equals the server's charge, for generated carts", async () => {
    const marketer = await marketerToken(app);
    const templateIds = [
      await activeTemplate(app, marketer, { name: '9折封顶50', kind: 'percent_off', value: 90, threshold: null, cap: 5000 }),
      await activeTemplate(app, marketer, { name: '每满150减15', value: 1500, threshold: 15000, repeat: true }),
      await activeTemplate(app, marketer, { name: '包邮', kind: 'free_shipping', value: 0, threshold: null }),
    ];
    const random = seededRandom(11);
    const growthByTier = [0, 100_000, 500_000, 2_000_000]; // normal, silver, gold, black gold
    let withPoints = 0;
    let withCoupons = 0;
    for (let cart = 0; cart < 10; cart++) {
      const { token, memberId, addressId } = await shopper(`phone-${cart}`, random(2) ? 1 + random(20_000) : 0);
      const growth = growthByTier[random(growthByTier.length)]!;
      if (growth > 0) await tx(app.services, (m) => app.services.growth.addForPaidOrderWithin(m, memberId, growth));
      for (const templateId of templateIds) if (random(3) > 0) await app.request('POST', '/api/v1/coupons/claim', { token, body: { templateId } });
      const picked = new Set<number>();
      const lineCount = 1 + random(3);
      while (picked.size < lineCount) picked.add(skus[random(skus.length)]!.id);
      for (const skuId of picked) expect((await app.request('POST', '/api/v1/cart/items', { token, body: { skuId, qty: 1 + random(3) } })).status).toBeLessThan(300);

      const cartView: CartView = (await app.request('GET', '/api/v1/cart', { token })).body;
      const context: PricingContext = (await app.request('GET', '/api/v1/pricing/context', { token })).body;
      const lines = cartPricingLines(cartView.lines.filter((l) => l.selected && l.problem === null));
      // The cart's own totals already carry the member's tier.
      expect(cartView.payableTotal).toBe(priceOrder(pricingInput(context, { lines, fulfillment: 'delivery' })).payableTotal);
      const usable = priceOrder(pricingInput(context, { lines, fulfillment: 'delivery', coupons: { mode: 'best' }, points: Number.MAX_SAFE_INTEGER })).pointsUsable;
      const onPhone = priceOrder(pricingInput(context, { lines, fulfillment: 'delivery', coupons: { mode: 'best' }, points: usable }));
      if (onPhone.pointsUsed > 0) withPoints++;
      if (onPhone.appliedCoupons.length > 0) withCoupons++;

      const created = await app.request('POST', '/api/v1/orders', {
        token,
        body: { fromCart: true, fulfillment: { type: 'delivery', addressId }, coupons: { mode: 'chosen', ids: onPhone.appliedCoupons }, points: onPhone.pointsUsed },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect({ payable: created.body.payableTotal, shipping: created.body.shippingFee, discount: created.body.discountTotal, points: created.body.pointsUsed }).toEqual({
        payable: onPhone.payableTotal,
        shipping: onPhone.shippingFee,
        discount: onPhone.discountTotal,
        points: onPhone.pointsUsed,
      });
      expect(created.body.lines.map((l: { payable: number }) => l.payable)).toEqual(onPhone.lines.map((l) => l.payable));
    }
    expect(withPoints).toBeGreaterThan(2);
    expect(withCoupons).toBeGreaterThan(2);
  });
});

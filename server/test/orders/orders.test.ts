import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceOrder } from '@shop/shared';
import { ProductEntity } from '../../src/catalog/product.entity.js';
import { SkuEntity } from '../../src/catalog/sku.entity.js';
import { StockMovementEntity } from '../../src/inventory/stock-movement.entity.js';
import { ReservationEntity } from '../../src/inventory/reservation.entity.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { addAddress, setAvailable, skusWithStock, stockOf, storeByCode, warehouseOf } from '../support/fixtures.js';
import type { Sku } from '../../src/catalog/sku.entity.js';

describe('orders: preview, create, read, cancel', () => {
  let app: TestApp;
  let token: string;
  let addressId: number;
  let warehouseId: number;
  let skus: Sku[];

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.loginMember('buyer');
    addressId = await addAddress(app, token);
    warehouseId = (await warehouseOf(app)).id;
    skus = await skusWithStock(app, warehouseId, 20);
  });
  afterAll(async () => app?.close());

  const delivery = () => ({ type: 'delivery' as const, addressId });

  it('previews exactly what creating the order charges, computed by the shared pricing function', async () => {
    const withMemberPrice = skus.find((s) => s.memberPrice !== null)!;
    const other = skus.find((s) => s.id !== withMemberPrice.id)!;
    const body = { lines: [{ skuId: withMemberPrice.id, qty: 2 }, { skuId: other.id, qty: 1 }], fulfillment: delivery() };
    const preview = await app.request('POST', '/api/v1/orders/preview', { token, body });
    expect(preview.status).toBe(200);
    const expected = priceOrder({
      lines: [
        { skuId: withMemberPrice.id, quantity: 2, listPrice: withMemberPrice.price, memberPrice: withMemberPrice.memberPrice },
        { skuId: other.id, quantity: 1, listPrice: other.price, memberPrice: other.memberPrice },
      ],
      isMember: true,
      fulfillment: 'delivery',
      shippingRule: app.services.config.shipping,
    });
    expect(preview.body).toMatchObject({ itemsTotal: expected.itemsTotal, discountTotal: expected.discountTotal, shippingFee: expected.shippingFee, payableTotal: expected.payableTotal, canSubmit: true });
    expect(preview.body.discountTotal).toBeGreaterThan(0);

    const created = await app.request('POST', '/api/v1/orders', { token, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending_payment', statusLabel: '待付款', payableTotal: preview.body.payableTotal, shippingFee: preview.body.shippingFee, channel: 'miniapp' });
    expect(created.body.orderNo).toMatch(/^\d{16}$/);
    expect(created.body.lines.map((l: { payable: number }) => l.payable)).toEqual(preview.body.lines.map((l: { payable: number }) => l.payable));
    expect(created.body.fulfillment.address.recipientName).toBe('张三');
    expect(new Date(created.body.payDeadline).getTime() - new Date(created.body.createdAt).getTime()).toBeCloseTo(30 * 60_000, -4);
  });

  it('charges shipping below the free-shipping threshold and none at or above it', async () => {
    const { baseFee, freeThreshold } = app.services.config.shipping;
    const cheap = skus.find((s) => (s.memberPrice ?? s.price) < freeThreshold)!;
    const small = await app.request('POST', '/api/v1/orders/preview', { token, body: { lines: [{ skuId: cheap.id, qty: 1 }], fulfillment: delivery() } });
    expect(small.body.shippingFee).toBe(baseFee);
    const qty = Math.ceil(freeThreshold / (cheap.memberPrice ?? cheap.price));
    const big = await app.request('POST', '/api/v1/orders/preview', { token, body: { lines: [{ skuId: cheap.id, qty }], fulfillment: delivery() } });
    expect(big.body.shippingFee).toBe(0);
  });

  it('reserves stock at the warehouse for delivery and writes one ledger row per line', async () => {
    const sku = skus[3]!;
    const before = await stockOf(app, sku.id, warehouseId);
    const res = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 3 }], fulfillment: delivery() } });
    expect(res.status).toBe(201);
    const after = await stockOf(app, sku.id, warehouseId);
    expect(after.reserved - before.reserved).toBe(3);
    expect(after.onHand).toBe(before.onHand);
    const movements = await app.services.dataSource.manager.findBy(StockMovementEntity, { orderId: res.body.id });
    expect(movements).toMatchObject([{ kind: 'reserve', reservedDelta: 3, onHandDelta: 0, actor: expect.stringMatching(/^member:/) }]);
  });

  it('reserves pickup orders at the chosen store and shows the store', async () => {
    const { store, location } = await storeByCode(app, 'SH-JA');
    const [sku] = await skusWithStock(app, location.id, 2);
    const before = await stockOf(app, sku!.id, location.id);
    const res = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku!.id, qty: 2 }], fulfillment: { type: 'pickup', storeId: store.id } } });
    expect(res.status).toBe(201);
    expect(res.body.shippingFee).toBe(0);
    expect(res.body.fulfillment.store).toMatchObject({ id: store.id, name: store.name });
    expect((await stockOf(app, sku!.id, location.id)).reserved - before.reserved).toBe(2);
  });

  it('refuses an order it cannot fill and writes nothing', async () => {
    const sku = skus[4]!;
    await setAvailable(app, sku.id, warehouseId, 1);
    const other = skus[5]!;
    const ordersBefore = await app.services.dataSource.manager.count(OrderEntity);
    const otherBefore = await stockOf(app, other.id, warehouseId);
    const preview = await app.request('POST', '/api/v1/orders/preview', { token, body: { lines: [{ skuId: other.id, qty: 1 }, { skuId: sku.id, qty: 2 }], fulfillment: delivery() } });
    expect(preview.body.canSubmit).toBe(false);
    expect(preview.body.lines[1]).toMatchObject({ available: 1, problem: 'insufficient_stock' });
    const res = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: other.id, qty: 1 }, { skuId: sku.id, qty: 2 }], fulfillment: delivery() } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('OUT_OF_STOCK');
    expect(await app.services.dataSource.manager.count(OrderEntity)).toBe(ordersBefore);
    expect((await stockOf(app, other.id, warehouseId)).reserved).toBe(otherBefore.reserved);
  });

  it('refuses off-shelf products and unknown SKUs with clear codes', async () => {
    const sku = skus[6]!;
    await app.services.dataSource.manager.update(ProductEntity, { id: sku.productId }, { status: 'off_shelf' });
    const off = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: delivery() } });
    expect(off.status).toBe(409);
    expect(off.body.error.code).toBe('PRODUCT_UNAVAILABLE');
    await app.services.dataSource.manager.update(ProductEntity, { id: sku.productId }, { status: 'on_shelf' });
    const unknown = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: 999999, qty: 1 }], fulfillment: delivery() } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details[0].path).toBe('lines.0.skuId');
  });

  it('validates the request body', async () => {
    const cases = [
      { lines: [], fulfillment: delivery() },
      { lines: [{ skuId: skus[0]!.id, qty: 0 }], fulfillment: delivery() },
      { lines: [{ skuId: skus[0]!.id, qty: 1.5 }], fulfillment: delivery() },
      { lines: [{ skuId: skus[0]!.id, qty: 1 }], fulfillment: { type: 'teleport' } },
      { lines: [{ skuId: skus[0]!.id, qty: 1 }, { skuId: skus[0]!.id, qty: 1 }], fulfillment: delivery() },
      { fulfillment: delivery() },
    ];
    for (const body of cases) {
      const res = await app.request('POST', '/api/v1/orders', { token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it("refuses another member's address and unknown or pickup-less stores", async () => {
    const other = await app.loginMember('someone-else');
    const res = await app.request('POST', '/api/v1/orders', { token: other, body: { lines: [{ skuId: skus[0]!.id, qty: 1 }], fulfillment: delivery() } });
    expect(res.status).toBe(404);
    const store = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: skus[0]!.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: 99999 } } });
    expect(store.status).toBe(404);
  });

  it('returns the same order for a repeated Idempotency-Key and refuses the key for another body', async () => {
    const body = { lines: [{ skuId: skus[7]!.id, qty: 1 }], fulfillment: delivery() };
    const headers = { 'idempotency-key': 'checkout-abc-123' };
    const first = await app.request('POST', '/api/v1/orders', { token, body, headers });
    const second = await app.request('POST', '/api/v1/orders', { token, body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    const different = await app.request('POST', '/api/v1/orders', { token, body: { ...body, buyerNote: 'different' }, headers });
    expect(different.status).toBe(422);
    expect(different.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherMember = await app.loginMember('key-sharer');
    const otherAddress = await addAddress(app, otherMember);
    const theirs = await app.request('POST', '/api/v1/orders', { token: otherMember, body: { ...body, fulfillment: { type: 'delivery', addressId: otherAddress } }, headers });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(first.body.id);
  });

  it('orders the selected cart lines and removes them from the cart', async () => {
    const buyer = await app.loginMember('cart-buyer');
    const address = await addAddress(app, buyer);
    const [a, b] = [skus[8]!, skus[9]!];
    await app.request('POST', '/api/v1/cart/items', { token: buyer, body: { skuId: a.id, qty: 2 } });
    await app.request('POST', '/api/v1/cart/items', { token: buyer, body: { skuId: b.id, qty: 1 } });
    const cart = await app.request('GET', '/api/v1/cart', { token: buyer });
    const lineB = cart.body.lines.find((l: { skuId: number }) => l.skuId === b.id);
    await app.request('PATCH', `/api/v1/cart/items/${lineB.id}`, { token: buyer, body: { selected: false } });
    const res = await app.request('POST', '/api/v1/orders', { token: buyer, body: { fromCart: true, fulfillment: { type: 'delivery', addressId: address } } });
    expect(res.status).toBe(201);
    expect(res.body.lines).toMatchObject([{ skuId: a.id, qty: 2 }]);
    const after = await app.request('GET', '/api/v1/cart', { token: buyer });
    expect(after.body.lines.map((l: { skuId: number }) => l.skuId)).toEqual([b.id]);
    const empty = await app.request('POST', '/api/v1/orders', { token: buyer, body: { fromCart: true, fulfillment: { type: 'delivery', addressId: address } } });
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('CART_EMPTY');
  });

  it('cancels an unpaid order once, releasing its stock exactly once', async () => {
    const sku = skus[10]!;
    const before = await stockOf(app, sku.id, warehouseId);
    const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 4 }], fulfillment: delivery() } });
    const cancels = await Promise.all([1, 2, 3].map(() => app.request('POST', `/api/v1/orders/${created.body.id}/cancel`, { token })));
    expect(cancels.map((c) => c.status)).toEqual([200, 200, 200]);
    expect(cancels[0]!.body.status).toBe('cancelled');
    const after = await stockOf(app, sku.id, warehouseId);
    expect(after).toMatchObject({ onHand: before.onHand, reserved: before.reserved });
    const releases = await app.services.dataSource.manager.findBy(StockMovementEntity, { orderId: created.body.id, kind: 'release' });
    expect(releases).toHaveLength(1);
    const detail = await app.request('GET', `/api/v1/orders/${created.body.id}`, { token });
    expect(detail.body.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['pending_payment', 'cancelled']);
  });

  it('commits reserved stock once when paid, and a paid order cannot be cancelled', async () => {
    const sku = skus[11]!;
    const before = await stockOf(app, sku.id, warehouseId);
    const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 2 }], fulfillment: delivery() } });
    const { dataSource, orders } = app.services;
    const results = await Promise.all([1, 2].map(() => inTransaction(dataSource, (m) => orders.markPaidWithin(m, created.body.id, new Date(), 'test:payment'))));
    expect(results.filter(Boolean)).toHaveLength(1);
    const after = await stockOf(app, sku.id, warehouseId);
    expect(after).toMatchObject({ onHand: before.onHand - 2, reserved: before.reserved });
    const reservations = await dataSource.manager.findBy(ReservationEntity, { orderId: created.body.id });
    expect(reservations.map((r) => r.status)).toEqual(['committed']);
    const cancel = await app.request('POST', `/api/v1/orders/${created.body.id}/cancel`, { token });
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.code).toBe('ORDER_STATE_CONFLICT');
  });

  it("lists only the member's own orders, newest first, paginated and filtered by status", async () => {
    const lister = await app.loginMember('lister');
    const address = await addAddress(app, lister);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.request('POST', '/api/v1/orders', { token: lister, body: { lines: [{ skuId: skus[12]!.id, qty: 1 }], fulfillment: { type: 'delivery', addressId: address } } });
      ids.push(res.body.id);
    }
    await app.request('POST', `/api/v1/orders/${ids[1]}/cancel`, { token: lister });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: number }[]; nextCursor: string | null } } = await app.request('GET', `/api/v1/orders?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: lister });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((o) => o.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const cancelled = await app.request('GET', '/api/v1/orders?status=cancelled', { token: lister });
    expect(cancelled.body.items.map((o: { id: number }) => o.id)).toEqual([ids[1]]);
    const either = await app.request('GET', '/api/v1/orders?status=cancelled,pending_payment', { token: lister });
    expect(either.body.items.map((o: { id: number }) => o.id)).toEqual([...ids].reverse());
    const unknown = await app.request('GET', '/api/v1/orders?status=cancelled,lost', { token: lister });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('VALIDATION_FAILED');
    const intruder = await app.request('GET', `/api/v1/orders/${ids[0]}`, { token });
    expect(intruder.status).toBe(404);
    const intruderCancel = await app.request('POST', `/api/v1/orders/${ids[0]}/cancel`, { token });
    expect(intruderCancel.status).toBe(404);
  });

  it('requires a consumer token for consumer order routes', async () => {
    expect((await app.request('GET', '/api/v1/orders')).status).toBe(401);
    const staff = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    expect((await app.request('GET', '/api/v1/orders', { token: staff })).status).toBe(403);
  });

  it('lets admins filter all orders and store staff see only their store', async () => {
    const admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    const all = await app.request('GET', '/api/v1/admin/orders?limit=100', { token: admin });
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThan(5);
    const pickupOnly = await app.request('GET', `/api/v1/admin/orders?storeId=${(await storeByCode(app, 'SH-JA')).store.id}`, { token: admin });
    expect(pickupOnly.body.items.length).toBeGreaterThan(0);
    expect(pickupOnly.body.items.every((o: { fulfillment: { type: string } }) => o.fulfillment.type === 'pickup')).toBe(true);
    const cancelled = await app.request('GET', '/api/v1/admin/orders?status=cancelled&channel=miniapp', { token: admin });
    expect(cancelled.body.items.length).toBeGreaterThan(0);
    expect(cancelled.body.items.every((o: { status: string }) => o.status === 'cancelled')).toBe(true);
    const future = await app.request('GET', `/api/v1/admin/orders?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`, { token: admin });
    expect(future.body.items).toEqual([]);

    const xhManager = await app.loginStaff('manager.xh', DEMO_PASSWORDS.staff);
    const own = await app.request('GET', '/api/v1/admin/orders', { token: xhManager });
    expect(own.body.items).toEqual([]);
    const jaStore = (await storeByCode(app, 'SH-JA')).store.id;
    expect((await app.request('GET', `/api/v1/admin/orders?storeId=${jaStore}`, { token: xhManager })).status).toBe(403);
    const consumer = await app.request('GET', '/api/v1/admin/orders', { token });
    expect(consumer.status).toBe(403);
  });

  it('refuses an order whose total would not fit a money column, in preview and create alike', async () => {
    const sku = skus[13]!;
    await app.services.dataSource.manager.update(SkuEntity, { id: sku.id }, { price: 2_000_000_000, memberPrice: null });
    const body = { lines: [{ skuId: sku.id, qty: 2 }], fulfillment: delivery() };
    for (const path of ['/api/v1/orders/preview', '/api/v1/orders']) {
      const res = await app.request('POST', path, { token, body });
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    await app.services.dataSource.manager.update(SkuEntity, { id: sku.id }, { price: sku.price, memberPrice: sku.memberPrice });
  });

  it('orders a SKU whose spec text is long', async () => {
    const sku = skus[14]!;
    const long = { ['规格名称很长的一个规格维度名'.slice(0, 20)]: '值'.repeat(30), ['第二个规格维度名称也很长的'.slice(0, 20)]: '选'.repeat(30), ['第三个规格维度名称同样很长'.slice(0, 20)]: '项'.repeat(30) };
    await app.services.dataSource.manager.update(SkuEntity, { id: sku.id }, { specValues: long });
    const res = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: delivery() } });
    expect(res.status).toBe(201);
    expect(res.body.lines[0].specText.length).toBeGreaterThan(120);
  });

  it('reports a malformed Idempotency-Key as the header', async () => {
    const res = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: skus[0]!.id, qty: 1 }], fulfillment: delivery() }, headers: { 'idempotency-key': 'bad key!' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('Idempotency-Key');
  });

  it('refuses a cart order with more lines than an order may have', async () => {
    const buyer = await app.loginMember('big-cart');
    const address = await addAddress(app, buyer);
    const many = (await skusWithStock(app, warehouseId, 1)).slice(0, 51);
    expect(many).toHaveLength(51);
    for (const sku of many) await app.request('POST', '/api/v1/cart/items', { token: buyer, body: { skuId: sku.id, qty: 1 } });
    const res = await app.request('POST', '/api/v1/orders', { token: buyer, body: { fromCart: true, fulfillment: { type: 'delivery', addressId: address } } });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('lines');
  });
});

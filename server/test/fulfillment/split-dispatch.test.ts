import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SAMPLE_ADDRESS, setAvailable, skusWithStock, stockOf, storeByCode, warehouseOf } from '../support/fixtures.js';
import { StockEntity } from '../../src/inventory/stock.entity.js';
import { ReservationEntity } from '../../src/inventory/reservation.entity.js';
import { findStockMismatches } from '../../src/inventory/stock-audit.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';

/**
 * DISPATCH_ALLOW_SPLIT: a delivery no single covering store holds whole ships line by line from
 * the nearest covering stores that have them, the rest from the warehouse; each line's stock is
 * reserved, committed and released at its own location, exactly once.
 */
describe('split delivery dispatch', () => {
  let app: TestApp;
  let token: string;
  let addressId: number;
  let a: Sku;
  let b: Sku;
  let c: Sku;
  let jingan: Awaited<ReturnType<typeof storeByCode>>;
  let xuhui: Awaited<ReturnType<typeof storeByCode>>;
  let pudong: Awaited<ReturnType<typeof storeByCode>>;
  let warehouseId: number;

  beforeAll(async () => {
    app = await startTestApp({ config: { dispatch: { allowSplit: true } } });
    token = await app.loginMember('split-buyer');
    jingan = await storeByCode(app, 'SH-JA');
    xuhui = await storeByCode(app, 'SH-XH');
    pudong = await storeByCode(app, 'SH-PD');
    warehouseId = (await warehouseOf(app)).id;
    [a, b, c] = await skusWithStock(app, warehouseId, 20);
    // Inside both the 静安 and the 徐汇 radii; 静安 is the nearer.
    const address = await app.request('POST', '/api/v1/addresses', { token, body: { ...SAMPLE_ADDRESS, latitude: 31.2146, longitude: 121.4434 } });
    addressId = address.body.id;
  });
  afterAll(async () => app?.close());

  /** Exactly `available` sellable units of a SKU at a location (creating its stock row if needed). */
  async function stockAt(sku: Sku, locationId: number, available: number): Promise<void> {
    if (!(await app.services.dataSource.manager.findOneBy(StockEntity, { skuId: sku.id, locationId }))) await app.services.inventory.receive(sku.id, locationId, 1, 'staff:test', 'test setup');
    await setAvailable(app, sku.id, locationId, available);
  }

  beforeEach(async () => {
    app.services.config.dispatch.allowSplit = true;
    // a: 静安 1, 徐汇 5; b: no store; c: only 徐汇. 浦东 is out of reach whatever it holds.
    for (const [sku, ja, xh] of [
      [a, 1, 5],
      [b, 0, 0],
      [c, 0, 2],
    ] as const) {
      await stockAt(sku, jingan.location.id, ja);
      await stockAt(sku, xuhui.location.id, xh);
      await stockAt(sku, pudong.location.id, 9);
    }
  });

  const body = (lines: { skuId: number; qty: number }[]) => ({ lines, fulfillment: { type: 'delivery', addressId } });
  const threeLines = () => body([
    { skuId: a.id, qty: 1 },
    { skuId: b.id, qty: 2 },
    { skuId: c.id, qty: 1 },
  ]);
  const figures = async (sku: Sku, locationId: number) => {
    const row = await stockOf(app, sku.id, locationId);
    return { onHand: row.onHand, reserved: row.reserved };
  };

  it('previews each part with its own ETA, nearest store first and the warehouse last; the order ETA is the latest', async () => {
    const preview = await app.request('POST', '/api/v1/orders/preview', { token, body: threeLines() });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.fulfillment).toMatchObject({
      type: 'delivery',
      store: null,
      eta: `分 3 处发货，预计 1-3 天全部送达（${jingan.store.name} 今日送达 1 件，${xuhui.store.name} 今日送达 1 件，仓库 1-3 天送达 2 件）`,
      parts: [
        { store: { id: jingan.store.id }, eta: '门店发货，预计今日送达', skuIds: [a.id] },
        { store: { id: xuhui.store.id }, eta: '门店发货，预计今日送达', skuIds: [c.id] },
        { store: null, eta: '仓库发货，预计 1-3 天送达', skuIds: [b.id] },
      ],
    });
    // Each line's stock is where it ships from.
    expect(preview.body.lines.map((l: { skuId: number; available: number }) => [l.skuId, l.available])).toEqual([
      [a.id, 1],
      [b.id, (await figures(b, warehouseId)).onHand - (await figures(b, warehouseId)).reserved],
      [c.id, 2],
    ]);
    expect(preview.body.canSubmit).toBe(true);
  });

  it('reserves each line at its own location, shows the parts on the order, and releases each exactly once on cancel', async () => {
    const before = {
      a: await figures(a, jingan.location.id),
      b: await figures(b, warehouseId),
      c: await figures(c, xuhui.location.id),
      aXuhui: await figures(a, xuhui.location.id),
      aWarehouse: await figures(a, warehouseId),
    };
    const created = await app.request('POST', '/api/v1/orders', { token, body: threeLines() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const orderId = created.body.id as number;
    expect(created.body.fulfillment.parts.map((p: { store: { id: number } | null }) => p.store?.id ?? null)).toEqual([jingan.store.id, xuhui.store.id, null]);
    expect(created.body.fulfillment.eta).toMatch(/^分 3 处发货，预计 1-3 天全部送达/);
    // The order's own location is its latest part's: the warehouse.
    const row = await app.services.dataSource.manager.findOneByOrFail(OrderEntity, { id: orderId });
    expect({ storeId: row.storeId, stockLocationId: row.stockLocationId }).toEqual({ storeId: null, stockLocationId: warehouseId });

    const reservations = await app.services.dataSource.manager.findBy(ReservationEntity, { orderId });
    expect(reservations.map((r) => [r.skuId, r.locationId, r.quantity, r.status]).sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual(
      [
        [a.id, jingan.location.id, 1, 'reserved'],
        [b.id, warehouseId, 2, 'reserved'],
        [c.id, xuhui.location.id, 1, 'reserved'],
      ].sort((x, y) => Number(x[0]) - Number(y[0])),
    );
    expect(await figures(a, jingan.location.id)).toEqual({ onHand: before.a.onHand, reserved: before.a.reserved + 1 });
    expect(await figures(b, warehouseId)).toEqual({ onHand: before.b.onHand, reserved: before.b.reserved + 2 });
    expect(await figures(c, xuhui.location.id)).toEqual({ onHand: before.c.onHand, reserved: before.c.reserved + 1 });
    // Nothing held where a line does not ship from.
    expect(await figures(a, xuhui.location.id)).toEqual(before.aXuhui);
    expect(await figures(a, warehouseId)).toEqual(before.aWarehouse);

    // The order page and the list say the same as checkout did.
    const detail = await app.request('GET', `/api/v1/orders/${orderId}`, { token });
    expect(detail.body.fulfillment).toEqual(created.body.fulfillment);

    const cancelled = await app.request('POST', `/api/v1/orders/${orderId}/cancel`, { token });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const again = await app.request('POST', `/api/v1/orders/${orderId}/cancel`, { token });
    expect(again.status).not.toBe(500);
    expect(await figures(a, jingan.location.id)).toEqual(before.a);
    expect(await figures(b, warehouseId)).toEqual(before.b);
    expect(await figures(c, xuhui.location.id)).toEqual(before.c);
    expect((await app.services.dataSource.manager.findBy(ReservationEntity, { orderId })).map((r) => r.status)).toEqual(['released', 'released', 'released']);
    // Still shown as split after the cancel.
    expect((await app.request('GET', `/api/v1/orders/${orderId}`, { token })).body.fulfillment.parts).toHaveLength(3);
    expect(await findStockMismatches(app.services.dataSource)).toEqual([]);
  });

  it('commits each line at its own location exactly once when paid', async () => {
    const created = await app.request('POST', '/api/v1/orders', { token, body: threeLines() });
    const orderId = created.body.id as number;
    const before = { a: await figures(a, jingan.location.id), b: await figures(b, warehouseId), c: await figures(c, xuhui.location.id) };
    const commit = () => inTransaction(app.services.dataSource, (m) => app.services.inventory.commitForOrderWithin(m, orderId, 'test'));
    expect(await commit()).toBe(3);
    expect(await commit()).toBe(0);
    expect(await figures(a, jingan.location.id)).toEqual({ onHand: before.a.onHand - 1, reserved: before.a.reserved - 1 });
    expect(await figures(b, warehouseId)).toEqual({ onHand: before.b.onHand - 2, reserved: before.b.reserved - 2 });
    expect(await figures(c, xuhui.location.id)).toEqual({ onHand: before.c.onHand - 1, reserved: before.c.reserved - 1 });
    expect(await findStockMismatches(app.services.dataSource)).toEqual([]);
  });

  it('splits across stores alone when they hold every line between them: same day, the order credited to its latest store', async () => {
    await stockAt(a, xuhui.location.id, 0);
    const created = await app.request('POST', '/api/v1/orders', { token, body: body([{ skuId: a.id, qty: 1 }, { skuId: c.id, qty: 2 }]) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.fulfillment).toMatchObject({
      store: { id: xuhui.store.id },
      eta: `分 2 处发货，预计今日全部送达（${jingan.store.name} 今日送达 1 件，${xuhui.store.name} 今日送达 2 件）`,
    });
    expect(created.body.fulfillment.parts.map((p: { skuIds: number[] }) => p.skuIds)).toEqual([[a.id], [c.id]]);
  });

  it('still ships whole from one store when one covering store holds everything', async () => {
    await stockAt(c, jingan.location.id, 1);
    const preview = await app.request('POST', '/api/v1/orders/preview', { token, body: body([{ skuId: a.id, qty: 1 }, { skuId: c.id, qty: 1 }]) });
    expect(preview.body.fulfillment).toEqual(expect.objectContaining({ store: expect.objectContaining({ id: jingan.store.id }), eta: '门店发货，预计今日送达' }));
    expect(preview.body.fulfillment.parts).toBeUndefined();
  });

  it('never splits when the setting is off: the warehouse ships it all', async () => {
    app.services.config.dispatch.allowSplit = false;
    const preview = await app.request('POST', '/api/v1/orders/preview', { token, body: threeLines() });
    expect(preview.body.fulfillment).toMatchObject({ store: null, eta: '仓库发货，预计 1-3 天送达' });
    expect(preview.body.fulfillment.parts).toBeUndefined();
  });

  it('reserves all parts or none: one short part rolls the others back', async () => {
    const before = { a: await figures(a, jingan.location.id), c: await figures(c, xuhui.location.id) };
    const reservationsBefore = await app.services.dataSource.manager.count(ReservationEntity);
    const failed = await inTransaction(app.services.dataSource, (m) =>
      app.services.inventory.reserveEachWithin(
        m,
        999_998,
        [
          { skuId: a.id, quantity: 1, locationId: jingan.location.id },
          { skuId: c.id, quantity: 99, locationId: xuhui.location.id },
        ],
        'test',
      ),
    ).then(
      () => 'reserved',
      (error: { code?: string }) => error.code,
    );
    expect(failed).toBe('OUT_OF_STOCK');
    expect(await app.services.dataSource.manager.count(ReservationEntity)).toBe(reservationsBefore);
    expect(await figures(a, jingan.location.id)).toEqual(before.a);
    expect(await figures(c, xuhui.location.id)).toEqual(before.c);
  });
});

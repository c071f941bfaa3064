import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { SAMPLE_ADDRESS, setAvailable, skusWithStock, stockOf, storeByCode, warehouseOf } from '../support/fixtures.js';
import { StockLocationEntity, type StockLocation } from '../../src/inventory/stock-location.entity.js';
import { StockEntity } from '../../src/inventory/stock.entity.js';
import { StockMovementEntity } from '../../src/inventory/stock-movement.entity.js';
import { ReservationEntity } from '../../src/inventory/reservation.entity.js';
import { findStockMismatches } from '../../src/inventory/stock-audit.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';

/**
 * Display samples (try-on items) are a store's own stock location, filled and emptied through
 * the ledger, and never reserved, sold, dispatched or counted as available anywhere.
 */
describe('display samples', () => {
  let app: TestApp;
  let admin: string;
  let managerJa: string;
  let staffJa: string;
  let consumer: string;
  let jingan: Awaited<ReturnType<typeof storeByCode>>;
  let xuhui: Awaited<ReturnType<typeof storeByCode>>;
  let pudong: Awaited<ReturnType<typeof storeByCode>>;
  let warehouseId: number;
  let skus: Sku[];

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    managerJa = await app.loginStaff('manager.ja', DEMO_PASSWORDS.staff);
    staffJa = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    consumer = await app.loginMember('display-consumer');
    jingan = await storeByCode(app, 'SH-JA');
    xuhui = await storeByCode(app, 'SH-XH');
    pudong = await storeByCode(app, 'SH-PD');
    warehouseId = (await warehouseOf(app)).id;
    const inJingan = new Set((await skusWithStock(app, jingan.location.id, 5)).map((s) => s.id));
    skus = (await skusWithStock(app, warehouseId, 10)).filter((s) => inJingan.has(s.id));
    expect(skus.length).toBeGreaterThanOrEqual(4);
  });
  afterAll(async () => app?.close());

  const manager = () => app.services.dataSource.manager;
  const displayOf = (storeId: number) => manager().findOneByOrFail(StockLocationEntity, { storeId, kind: 'display' });
  const units = async (skuId: number, location: StockLocation | number) => {
    const row = await manager().findOneBy(StockEntity, { skuId, locationId: typeof location === 'number' ? location : location.id });
    return row ? row.onHand - row.reserved : 0;
  };
  const move = (token: string, body: Record<string, unknown>) => app.request('POST', '/api/v1/admin/stock/display', { token, body });
  const samples = (token: string, skuIds: number[] | string) => app.request('GET', `/api/v1/staff/display-samples?skuIds=${Array.isArray(skuIds) ? skuIds.join(',') : skuIds}`, { token });

  it('seeds each store with a display location and samples the tablet can read, per store', async () => {
    const locations = await manager().findBy(StockLocationEntity, { kind: 'display' });
    expect(locations.map((l) => l.storeId).sort()).toEqual([jingan.store.id, xuhui.store.id, pudong.store.id].sort());
    const seeded = await manager().findBy(StockEntity, { locationId: (await displayOf(jingan.store.id)).id });
    const sampled = seeded.find((row) => row.onHand > 0)!;
    expect(sampled).toBeDefined();
    const res = await samples(staffJa, [sampled.skuId, skus[0]!.id]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body[0]).toEqual({ skuId: sampled.skuId, units: sampled.onHand });
    expect(res.body[1].skuId).toBe(skus[0]!.id);
    // Seeded samples arrived through the ledger like any receipt.
    expect(await findStockMismatches(app.services.dataSource)).toEqual([]);
  });

  it('lets only staff read samples, with a bounded SKU list', async () => {
    expect((await samples(consumer, [skus[0]!.id])).status).toBe(403);
    expect((await samples(admin, [skus[0]!.id])).status).toBe(403);
    expect((await samples(staffJa, 'abc')).status).toBe(400);
    expect((await samples(staffJa, Array.from({ length: 101 }, (_, i) => i + 1))).status).toBe(400);
  });

  it('moves units between sellable stock and samples through the ledger, both ways, never more than is available', async () => {
    const sku = skus[0]!;
    const display = await displayOf(jingan.store.id);
    const sellableBefore = await units(sku.id, jingan.location);
    const displayBefore = await units(sku.id, display);
    const movementsBefore = await manager().count(StockMovementEntity);

    const res = await move(managerJa, { storeId: jingan.store.id, skuId: sku.id, quantity: 2, direction: 'to_display', reason: '新款上架试穿' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.sellable).toMatchObject({ skuId: sku.id, locationId: jingan.location.id, available: sellableBefore - 2 });
    expect(res.body.display).toMatchObject({ skuId: sku.id, locationId: display.id, locationCode: display.code, available: displayBefore + 2 });
    const ledger = await manager().find(StockMovementEntity, { where: { skuId: sku.id }, order: { id: 'DESC' }, take: 2 });
    expect(ledger.map((m) => ({ locationId: m.locationId, kind: m.kind, onHandDelta: m.onHandDelta, reason: m.reason })).sort((a, b) => a.locationId - b.locationId)).toEqual(
      [
        { locationId: jingan.location.id, kind: 'to_display', onHandDelta: -2, reason: '新款上架试穿' },
        { locationId: display.id, kind: 'to_display', onHandDelta: 2, reason: '新款上架试穿' },
      ].sort((a, b) => a.locationId - b.locationId),
    );
    expect(ledger.every((m) => m.actor.startsWith('staff:'))).toBe(true);
    // The admin ledger listing shows the moves for the display location.
    const listed = await app.request('GET', `/api/v1/admin/stock/movements?locationId=${display.id}&skuId=${sku.id}`, { token: admin });
    expect(listed.body.items[0]).toMatchObject({ kind: 'to_display', onHandDelta: 2 });

    // More samples than the store has on sale: refused, nothing written.
    const sellableNow = await units(sku.id, jingan.location);
    const tooMany = await move(managerJa, { storeId: jingan.store.id, skuId: sku.id, quantity: sellableNow + 1, direction: 'to_display' });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error.code).toBe('OUT_OF_STOCK');
    // Back on sale; more than the samples there are is refused too.
    const back = await move(managerJa, { storeId: jingan.store.id, skuId: sku.id, quantity: 1, direction: 'to_stock' });
    expect(back.status).toBe(200);
    expect(back.body.sellable.available).toBe(sellableBefore - 1);
    expect(back.body.display.available).toBe(displayBefore + 1);
    const overdrawn = await move(managerJa, { storeId: jingan.store.id, skuId: sku.id, quantity: displayBefore + 2, direction: 'to_stock' });
    expect(overdrawn.status).toBe(409);
    expect(overdrawn.body.error.message).toBe('样品数量不足');
    expect(await manager().count(StockMovementEntity)).toBe(movementsBefore + 4);
    expect(await findStockMismatches(app.services.dataSource)).toEqual([]);
  });

  it('units reserved by an order cannot become samples', async () => {
    const sku = skus[1]!;
    await setAvailable(app, sku.id, jingan.location.id, 1);
    const created = await app.request('POST', '/api/v1/staff/orders', { token: staffJa, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'carry_out' } } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await stockOf(app, sku.id, jingan.location.id)).reserved).toBeGreaterThanOrEqual(1);
    const res = await move(managerJa, { storeId: jingan.store.id, skuId: sku.id, quantity: 1, direction: 'to_display' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe('门店可售库存不足，无法转为样品');
  });

  it('a manager moves samples at their own store only; staff and marketers not at all; an admin anywhere', async () => {
    const sku = skus[2]!;
    const body = { skuId: sku.id, quantity: 1, direction: 'to_display' };
    expect((await move(managerJa, { ...body, storeId: xuhui.store.id })).status).toBe(403);
    expect((await move(staffJa, { ...body, storeId: jingan.store.id })).status).toBe(403);
    expect((await move(await app.loginStaff('marketer', DEMO_PASSWORDS.marketer), { ...body, storeId: jingan.store.id })).status).toBe(403);
    expect((await move(consumer, { ...body, storeId: jingan.store.id })).status).toBe(403);
    expect((await move(admin, { ...body, storeId: 999_999 })).status).toBe(404);
    expect((await move(admin, { ...body, skuId: 999_999, storeId: xuhui.store.id })).status).toBe(404);
    expect((await move(admin, { ...body, quantity: 0, storeId: xuhui.store.id })).status).toBe(400);
    await app.services.inventory.receive(sku.id, xuhui.location.id, 3, 'staff:test', 'test setup');
    await setAvailable(app, sku.id, xuhui.location.id, 3);
    const res = await move(admin, { ...body, storeId: xuhui.store.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.sellable.available).toBe(2);
  });

  it('racing moves and orders never take a store below zero nor move a unit twice', async () => {
    const sku = skus[4] ?? skus[2]!;
    await setAvailable(app, sku.id, jingan.location.id, 3);
    const display = await displayOf(jingan.store.id);
    const displayBefore = await units(sku.id, display);
    // Five managers' taps for one sample each, one sample going back, and a carry-out, all at once.
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => move(managerJa, { storeId: jingan.store.id, skuId: sku.id, quantity: 1, direction: 'to_display' })),
      move(admin, { storeId: jingan.store.id, skuId: sku.id, quantity: 1, direction: 'to_stock' }),
      app.request('POST', '/api/v1/staff/orders', { token: staffJa, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'carry_out' } } }),
    ]);
    expect(results.every((r) => [200, 201, 409].includes(r.status)), JSON.stringify(results.map((r) => r.body))).toBe(true);
    const toDisplay = results.slice(0, 5).filter((r) => r.status === 200).length;
    const back = results[5]!.status === 200 ? 1 : 0;
    const sold = results[6]!.status === 201 ? 1 : 0;
    const sellable = await stockOf(app, sku.id, jingan.location.id);
    expect(sellable.onHand - sellable.reserved).toBe(3 - toDisplay + back - sold);
    expect(sellable.onHand - sellable.reserved).toBeGreaterThanOrEqual(0);
    expect(await units(sku.id, display)).toBe(displayBefore + toDisplay - back);
    expect(await findStockMismatches(app.services.dataSource)).toEqual([]);
  });

  describe('a store with 0 sellable and 2 display units of a SKU', () => {
    let sku: Sku;
    const nearJingan = { latitude: 31.2301, longitude: 121.4489 };

    beforeAll(async () => {
      sku = skus[3]!;
      await setAvailable(app, sku.id, jingan.location.id, 2);
      const moved = await move(managerJa, { storeId: jingan.store.id, skuId: sku.id, quantity: 2, direction: 'to_display' });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      // No other store can ship it either: only the warehouse may.
      for (const other of [xuhui, pudong]) if (await manager().findOneBy(StockEntity, { skuId: sku.id, locationId: other.location.id })) await setAvailable(app, sku.id, other.location.id, 0);
      expect(await units(sku.id, jingan.location)).toBe(0);
      expect(await units(sku.id, await displayOf(jingan.store.id))).toBe(2);
    });

    it('is not chosen by delivery dispatch: the warehouse ships', async () => {
      const address = await app.request('POST', '/api/v1/addresses', { token: consumer, body: { ...SAMPLE_ADDRESS, ...nearJingan } });
      const body = { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'delivery', addressId: address.body.id } };
      const preview = await app.request('POST', '/api/v1/orders/preview', { token: consumer, body });
      expect(preview.body.fulfillment).toMatchObject({ store: null, eta: '仓库发货，预计 1-3 天送达' });
      const created = await app.request('POST', '/api/v1/orders', { token: consumer, body });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.fulfillment.store).toBeNull();
      const reservations = await manager().findBy(ReservationEntity, { orderId: created.body.id });
      expect(reservations.map((r) => r.locationId)).toEqual([warehouseId]);
      expect(await units(sku.id, await displayOf(jingan.store.id))).toBe(2);
    });

    it('cannot be carried out: the preview says short, the order is refused', async () => {
      const body = { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'carry_out' } };
      const preview = await app.request('POST', '/api/v1/staff/orders/preview', { token: staffJa, body });
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body.lines[0]).toMatchObject({ available: 0, problem: 'insufficient_stock' });
      expect(preview.body.canSubmit).toBe(false);
      const created = await app.request('POST', '/api/v1/staff/orders', { token: staffJa, body });
      expect(created.status).toBe(409);
      expect(created.body.error.code).toBe('OUT_OF_STOCK');
      expect(await units(sku.id, await displayOf(jingan.store.id))).toBe(2);
    });

    it('is not ready for pickup there: the goods come from the warehouse', async () => {
      const created = await app.request('POST', '/api/v1/orders', { token: consumer, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: jingan.store.id } } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect((await manager().findOneByOrFail(OrderEntity, { id: created.body.id })).stockLocationId).toBe(warehouseId);
    });

    it('counts for nothing on the product page, whose stores are listed once each', async () => {
      const detail = await app.request('GET', `/api/v1/products/${sku.productId}`);
      const view = detail.body.skus.find((s: { id: number }) => s.id === sku.id);
      const storeIds = view.storeAvailability.map((a: { storeId: number }) => a.storeId);
      expect(new Set(storeIds).size).toBe(storeIds.length);
      expect(storeIds).toHaveLength(3);
      expect(view.storeAvailability.find((a: { storeId: number }) => a.storeId === jingan.store.id).available).toBe(0);
    });

    it('can never be reserved, even by a caller that names the display location', async () => {
      const display = await displayOf(jingan.store.id);
      await expect(inTransaction(app.services.dataSource, (m) => app.services.inventory.reserveWithin(m, 999_999, display.id, [{ skuId: sku.id, quantity: 1 }], 'test'))).rejects.toMatchObject({ code: 'OUT_OF_STOCK' });
      expect((await manager().findOneByOrFail(StockEntity, { skuId: sku.id, locationId: display.id })).reserved).toBe(0);
    });
  });
});

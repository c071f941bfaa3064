import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderEntity } from '../../src/orders/order.entity.js';
import { StockMovementEntity } from '../../src/inventory/stock-movement.entity.js';
import { ReservationEntity } from '../../src/inventory/reservation.entity.js';
import { findStockMismatches } from '../../src/inventory/stock-audit.js';
import { acquireLease, runJobOnce } from '../../src/jobs/scheduler.js';
import { unpaidOrderTimeoutJob } from '../../src/orders/unpaid-timeout.job.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addAddress, setAvailable, skusWithStock, stockOf, warehouseOf } from '../support/fixtures.js';

/** The stock and idempotency invariants under many concurrent requests (run on SQLite and MariaDB). */
describe('orders under concurrency', () => {
  let app: TestApp;
  let warehouseId: number;

  beforeAll(async () => {
    app = await startTestApp();
    warehouseId = (await warehouseOf(app)).id;
  });
  afterAll(async () => app?.close());

  async function buyers(prefix: string, count: number): Promise<{ token: string; addressId: number }[]> {
    const result: { token: string; addressId: number }[] = [];
    const batch = 25;
    for (let start = 0; start < count; start += batch) {
      const made = await Promise.all(
        Array.from({ length: Math.min(batch, count - start) }, async (_, i) => {
          const token = await app.loginMember(`${prefix}-${start + i}`);
          return { token, addressId: await addAddress(app, token) };
        }),
      );
      result.push(...made);
    }
    return result;
  }

  it('200 buyers racing for 50 units: exactly 50 orders, nothing oversold, ledger consistent', async () => {
    const [sku] = await skusWithStock(app, warehouseId, 60);
    await setAvailable(app, sku!.id, warehouseId, 50);
    const before = await stockOf(app, sku!.id, warehouseId);
    const people = await buyers('hot', 200);

    const results = await Promise.all(
      people.map(({ token, addressId }) =>
        app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku!.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } } }),
      ),
    );

    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(150);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'OUT_OF_STOCK')).toBe(true);
    const after = await stockOf(app, sku!.id, warehouseId);
    expect(after.onHand - after.reserved).toBe(0);
    expect(after.reserved - before.reserved).toBe(50);
    const orderIds = results.filter((r) => r.status === 201).map((r) => r.body.id as number);
    expect(new Set(orderIds).size).toBe(50);
    const reserves = await app.services.dataSource.manager.count(ReservationEntity, { where: { skuId: sku!.id, status: 'reserved' } });
    expect(reserves).toBe(50);
    expect(await findStockMismatches(app.services.dataSource)).toEqual([]);
  });

  it('the same Idempotency-Key sent 20 times at once makes one order', async () => {
    const [{ token, addressId }] = await buyers('idem', 1);
    const [sku] = await skusWithStock(app, warehouseId, 30);
    const before = await stockOf(app, sku!.id, warehouseId);
    const body = { lines: [{ skuId: sku!.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => app.request('POST', '/api/v1/orders', { token, body, headers: { 'idempotency-key': 'double-tap-0001' } })),
    );
    expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const after = await stockOf(app, sku!.id, warehouseId);
    expect(after.reserved - before.reserved).toBe(1);
    expect(await app.services.dataSource.manager.countBy(OrderEntity, { idempotencyKey: 'double-tap-0001' })).toBe(1);
  });

  it('buyer cancel racing the timeout job in two server processes releases stock exactly once', async () => {
    const people = await buyers('race', 10);
    const [sku] = await skusWithStock(app, warehouseId, 40);
    const before = await stockOf(app, sku!.id, warehouseId);
    const created = await Promise.all(
      people.map(({ token, addressId }) =>
        app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku!.id, qty: 2 }], fulfillment: { type: 'delivery', addressId } } }),
      ),
    );
    const ids = created.map((r) => r.body.id as number);
    // Every one of these orders is now past its pay deadline.
    await app.services.dataSource.manager.update(OrderEntity, ids, { payDeadline: new Date(Date.now() - 60_000) });

    const other = await app.otherProcess();
    const now = new Date();
    await Promise.all([
      other.orders.cancelExpiredUnpaid(now),
      app.services.orders.cancelExpiredUnpaid(now),
      ...created.map((r, i) => app.request('POST', `/api/v1/orders/${r.body.id}/cancel`, { token: people[i]!.token })),
    ]);

    const after = await stockOf(app, sku!.id, warehouseId);
    expect(after).toMatchObject({ onHand: before.onHand, reserved: before.reserved });
    for (const id of ids) {
      const releases = await app.services.dataSource.manager.countBy(StockMovementEntity, { orderId: id, kind: 'release' });
      expect(releases).toBe(1);
      expect((await app.services.dataSource.manager.findOneByOrFail(OrderEntity, { id })).status).toBe('cancelled');
    }
    expect(await findStockMismatches(app.services.dataSource)).toEqual([]);
  });

  it('the timeout job cancels only orders past their deadline, and one lease holder runs it at a time', async () => {
    const [{ token, addressId }] = await buyers('job', 1);
    const [sku] = await skusWithStock(app, warehouseId, 10);
    const make = () => app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku!.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } } });
    const overdue = (await make()).body.id as number;
    const fresh = (await make()).body.id as number;
    await app.services.dataSource.manager.update(OrderEntity, { id: overdue }, { payDeadline: new Date(Date.now() - 1000) });

    const other = await app.otherProcess();
    const now = new Date();
    const processed = await Promise.all([runJobOnce(app.services, unpaidOrderTimeoutJob, now), runJobOnce(other, unpaidOrderTimeoutJob, now)]);
    expect(processed.sort()).toEqual([0, 1]);
    // Exactly one of two instances gets a free lease at the same moment; nobody gets a held one.
    const leases = await Promise.all([acquireLease(app.services.dataSource, 'test.lease', 30, now), acquireLease(other.dataSource, 'test.lease', 30, now)]);
    expect(leases.filter(Boolean)).toHaveLength(1);
    expect(await acquireLease(app.services.dataSource, 'test.lease', 30, new Date(now.getTime() + 10_000))).toBe(false);
    expect(await acquireLease(app.services.dataSource, 'test.lease', 30, new Date(now.getTime() + 30_000))).toBe(true);
    const statuses = await app.services.dataSource.manager.findBy(OrderEntity, [{ id: overdue }, { id: fresh }]);
    expect(Object.fromEntries(statuses.map((o) => [o.id, o.status]))).toEqual({ [overdue]: 'cancelled', [fresh]: 'pending_payment' });
  });

  it('the same Idempotency-Key racing for the last unit still answers every retry with the one order', async () => {
    const [{ token, addressId }] = await buyers('last-unit', 1);
    const [sku] = await skusWithStock(app, warehouseId, 5);
    await setAvailable(app, sku!.id, warehouseId, 1);
    const body = { lines: [{ skuId: sku!.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => app.request('POST', '/api/v1/orders', { token, body, headers: { 'idempotency-key': 'last-unit-0001' } })),
    );
    expect(results.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
  });

  it('40 members checking out their carts at once all get their orders (no connection starvation)', async () => {
    const people = await buyers('cart-rush', 40);
    const [sku] = await skusWithStock(app, warehouseId, 60);
    await Promise.all(people.map(({ token }) => app.request('POST', '/api/v1/cart/items', { token, body: { skuId: sku!.id, qty: 1 } })));
    const results = await Promise.all(
      people.map(({ token, addressId }) => app.request('POST', '/api/v1/orders', { token, body: { fromCart: true, fulfillment: { type: 'delivery', addressId } } })),
    );
    expect(results.map((r) => r.status)).toEqual(people.map(() => 201));
  });
});

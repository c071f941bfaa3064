import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SkuEntity, type Sku } from '../../src/catalog/sku.entity.js';
import { StockEntity } from '../../src/inventory/stock.entity.js';
import { StockMovementEntity } from '../../src/inventory/stock-movement.entity.js';
import { auditStockLedger, findStockMismatches } from '../../src/inventory/stock-audit.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { skusWithStock, stockOf, storeByCode, warehouseOf } from '../support/fixtures.js';

describe('inventory admin: stock, ledger, receive/adjust, audit', () => {
  let app: TestApp;
  let admin: string;
  let adminActor: string;
  let managerJa: string;
  let marketer: string;
  let consumer: string;
  let warehouseId: number;
  let jaLocationId: number;
  let xhLocationId: number;
  let skus: Sku[];

  beforeAll(async () => {
    app = await startTestApp();
    const login = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'admin', password: DEMO_PASSWORDS.admin } });
    admin = login.body.token;
    adminActor = `staff:${login.body.staff.id}`;
    managerJa = await app.loginStaff('manager.ja', DEMO_PASSWORDS.staff);
    marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
    consumer = await app.loginMember('stock-consumer');
    warehouseId = (await warehouseOf(app)).id;
    jaLocationId = (await storeByCode(app, 'SH-JA')).location.id;
    xhLocationId = (await storeByCode(app, 'SH-XH')).location.id;
    skus = await skusWithStock(app, warehouseId, 20);
  });
  afterAll(async () => app?.close());

  const receive = (token: string, body: Record<string, unknown>) => app.request('POST', '/api/v1/admin/stock/receive', { token, body });
  const adjust = (token: string, body: Record<string, unknown>) => app.request('POST', '/api/v1/admin/stock/adjust', { token, body });
  const movementCount = () => app.services.dataSource.manager.count(StockMovementEntity);

  it('lists the stock locations: the warehouse, and per store its stock and its display samples', async () => {
    const res = await app.request('GET', '/api/v1/admin/stock-locations', { token: marketer });
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items).toHaveLength(7);
    expect(res.body.items.filter((l: { kind: string }) => l.kind === 'display')).toHaveLength(3);
    expect(res.body.items.filter((l: { kind: string }) => l.kind === 'warehouse')).toEqual([
      expect.objectContaining({ id: warehouseId, code: 'WH-CENTRAL', storeId: null }),
    ]);
    expect(res.body.items.map((l: { id: number }) => l.id)).toEqual(expect.arrayContaining([jaLocationId, xhLocationId]));
  });

  it('lists stock rows with figures, filtered and paginated by cursor', async () => {
    const sku = skus[0]!;
    const bySku = await app.request('GET', `/api/v1/admin/stock?skuId=${sku.id}`, { token: managerJa });
    expect(bySku.status).toBe(200);
    const warehouseRow = bySku.body.items.find((r: { locationId: number }) => r.locationId === warehouseId);
    const stock = await stockOf(app, sku.id, warehouseId);
    expect(warehouseRow).toMatchObject({ skuId: sku.id, skuCode: sku.code, locationCode: 'WH-CENTRAL', onHand: stock.onHand, reserved: stock.reserved, available: stock.onHand - stock.reserved });
    expect(bySku.body.items.every((r: { skuId: number }) => r.skuId === sku.id)).toBe(true);

    // Walking the warehouse with small pages visits every row exactly once.
    const expected = await app.services.dataSource.manager.countBy(StockEntity, { locationId: warehouseId });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: number; locationId: number }[]; nextCursor: string | null } } = await app.request(
        'GET',
        `/api/v1/admin/stock?locationId=${warehouseId}&limit=25${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin },
      );
      expect(page.body.items.length).toBeLessThanOrEqual(25);
      expect(page.body.items.every((r) => r.locationId === warehouseId)).toBe(true);
      seen.push(...page.body.items.map((r) => r.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);

    // Empty filters from a search form mean "no filter".
    const unfiltered = await app.request('GET', '/api/v1/admin/stock?skuId=&locationId=&limit=5', { token: admin });
    expect(unfiltered.status).toBe(200);
    expect(unfiltered.body.items).toHaveLength(5);
    expect((await app.request('GET', '/api/v1/admin/stock?skuId=abc', { token: admin })).status).toBe(400);
    expect((await app.request('GET', '/api/v1/admin/stock?limit=0', { token: admin })).status).toBe(400);
    expect((await app.request('GET', '/api/v1/admin/stock?cursor=garbage', { token: admin })).status).toBe(400);
  });

  it('receives goods: on-hand and available go up and a ledger row names the actor', async () => {
    const sku = skus[1]!;
    const before = await stockOf(app, sku.id, warehouseId);
    const res = await receive(admin, { skuId: sku.id, locationId: warehouseId, quantity: 12, reason: '供应商到货' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ skuId: sku.id, locationId: warehouseId, onHand: before.onHand + 12, reserved: before.reserved, available: before.onHand + 12 - before.reserved });

    const ledger = await app.request('GET', `/api/v1/admin/stock/movements?skuId=${sku.id}&locationId=${warehouseId}`, { token: admin });
    expect(ledger.body.items[0]).toMatchObject({ kind: 'receive', onHandDelta: 12, reservedDelta: 0, reason: '供应商到货', actor: adminActor, orderId: null });
    expect(ledger.body.items[1]).toMatchObject({ kind: 'receive', actor: 'system:seed' });
  });

  it('receives a SKU at a location that never held it, creating the stock row', async () => {
    const neverStocked = await app.services.dataSource.manager.findOneByOrFail(SkuEntity, { code: 'STONEWARE-MUG-3' });
    expect(await app.services.dataSource.manager.findOneBy(StockEntity, { skuId: neverStocked.id, locationId: warehouseId })).toBeNull();
    const res = await receive(admin, { skuId: neverStocked.id, locationId: warehouseId, quantity: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ onHand: 5, reserved: 0, available: 5 });
    const ledger = await app.request('GET', `/api/v1/admin/stock/movements?skuId=${neverStocked.id}`, { token: admin });
    expect(ledger.body.items).toEqual([expect.objectContaining({ kind: 'receive', onHandDelta: 5, reason: '入库' })]);
  });

  it('adjusts on-hand units both ways with a ledger row each', async () => {
    const sku = skus[2]!;
    const before = await stockOf(app, sku.id, warehouseId);
    const down = await adjust(admin, { skuId: sku.id, locationId: warehouseId, delta: -4, reason: '盘点差异' });
    expect(down.status).toBe(200);
    expect(down.body.onHand).toBe(before.onHand - 4);
    const up = await adjust(admin, { skuId: sku.id, locationId: warehouseId, delta: 1, reason: '找回' });
    expect(up.body.onHand).toBe(before.onHand - 3);
    const ledger = await app.request('GET', `/api/v1/admin/stock/movements?skuId=${sku.id}&locationId=${warehouseId}&limit=2`, { token: admin });
    expect(ledger.body.items).toMatchObject([
      { kind: 'adjust', onHandDelta: 1, reason: '找回' },
      { kind: 'adjust', onHandDelta: -4, reason: '盘点差异' },
    ]);
    expect(ledger.body.nextCursor).not.toBeNull();
  });

  it('refuses an adjustment below zero available with 409 and changes nothing', async () => {
    const sku = skus[3]!;
    const before = await stockOf(app, sku.id, warehouseId);
    const movements = await movementCount();
    const res = await adjust(admin, { skuId: sku.id, locationId: warehouseId, delta: -(before.onHand - before.reserved + 1), reason: '报损' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
    expect(await stockOf(app, sku.id, warehouseId)).toMatchObject({ onHand: before.onHand, reserved: before.reserved });
    expect(await movementCount()).toBe(movements);
    // Down to exactly zero is allowed.
    expect((await adjust(admin, { skuId: sku.id, locationId: warehouseId, delta: -(before.onHand - before.reserved), reason: '报损' })).body.available).toBe(0);
  });

  it('answers unknown SKUs and locations with 404 and bad bodies with 400', async () => {
    const sku = skus[4]!;
    const noSku = await receive(admin, { skuId: 9_999_999, locationId: warehouseId, quantity: 1 });
    expect(noSku.status).toBe(404);
    expect(noSku.body.error.details[0].path).toBe('skuId');
    const noLocation = await adjust(admin, { skuId: sku.id, locationId: 9_999_999, delta: 1, reason: 'x' });
    expect(noLocation.status).toBe(404);
    expect(noLocation.body.error.details[0].path).toBe('locationId');
    expect((await adjust(admin, { skuId: sku.id, locationId: warehouseId, delta: 0, reason: 'x' })).status).toBe(400);
    expect((await adjust(admin, { skuId: sku.id, locationId: warehouseId, delta: 1 })).body.error.details[0].path).toBe('reason');
    expect((await receive(admin, { skuId: sku.id, locationId: warehouseId, quantity: -1 })).status).toBe(400);
  });

  it('lets a store manager change stock at their own store only', async () => {
    const sku = skus[5]!;
    const xhBefore = await app.services.dataSource.manager.findOneBy(StockEntity, { skuId: sku.id, locationId: xhLocationId });
    const movements = await movementCount();

    const other = await adjust(managerJa, { skuId: sku.id, locationId: xhLocationId, delta: 1, reason: '盘点' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('FORBIDDEN');
    expect((await receive(managerJa, { skuId: sku.id, locationId: warehouseId, quantity: 1 })).status).toBe(403);
    expect(await app.services.dataSource.manager.findOneBy(StockEntity, { skuId: sku.id, locationId: xhLocationId })).toEqual(xhBefore);
    expect(await movementCount()).toBe(movements);

    const own = await receive(managerJa, { skuId: sku.id, locationId: jaLocationId, quantity: 2, reason: '门店调入' });
    expect(own.status).toBe(200);
    expect(own.body.locationId).toBe(jaLocationId);
    const ownAdjust = await adjust(managerJa, { skuId: sku.id, locationId: jaLocationId, delta: -1, reason: '盘点' });
    expect(ownAdjust.status).toBe(200);
    expect(ownAdjust.body.onHand).toBe(own.body.onHand - 1);
  });

  it('keeps consumers out and marketers read-only', async () => {
    const sku = skus[6]!;
    for (const path of ['/api/v1/admin/stock', '/api/v1/admin/stock-locations', '/api/v1/admin/stock/movements', '/api/v1/admin/stock/audit']) {
      const res = await app.request('GET', path, { token: consumer });
      expect(res.status, path).toBe(403);
    }
    expect((await receive(consumer, { skuId: sku.id, locationId: warehouseId, quantity: 1 })).status).toBe(403);
    expect((await app.request('GET', '/api/v1/admin/stock')).status).toBe(401);

    expect((await app.request('GET', '/api/v1/admin/stock/movements', { token: marketer })).status).toBe(200);
    expect((await receive(marketer, { skuId: sku.id, locationId: warehouseId, quantity: 1 })).status).toBe(403);
    expect((await adjust(marketer, { skuId: sku.id, locationId: warehouseId, delta: 1, reason: 'x' })).status).toBe(403);
    // The audit is for admins only.
    expect((await app.request('GET', '/api/v1/admin/stock/audit', { token: managerJa })).status).toBe(403);
  });

  it('pages the ledger newest first without gaps or repeats', async () => {
    const total = await app.services.dataSource.manager.countBy(StockMovementEntity, { locationId: warehouseId });
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: number }[]; nextCursor: string | null } } = await app.request(
        'GET',
        `/api/v1/admin/stock/movements?locationId=${warehouseId}&limit=40${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin },
      );
      ids.push(...page.body.items.map((m) => m.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids).toHaveLength(total);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(total);
  });

  it('audits the ledger: clean after seeding and manual changes, a mismatch after a direct corruption', async () => {
    const rows = await app.services.dataSource.manager.count(StockEntity);
    const clean = await app.request('GET', '/api/v1/admin/stock/audit', { token: admin });
    expect(clean.status).toBe(200);
    expect(clean.body).toEqual({ checked: rows, mismatches: [] });

    const sku = skus[7]!;
    expect((await receive(admin, { skuId: sku.id, locationId: warehouseId, quantity: 3 })).status).toBe(200);
    expect((await adjust(admin, { skuId: sku.id, locationId: warehouseId, delta: -2, reason: '盘点' })).status).toBe(200);
    expect(await findStockMismatches(app.services.dataSource)).toEqual([]);

    // Someone edits a figure behind the ledger's back.
    const stock = await stockOf(app, sku.id, warehouseId);
    await inTransaction(app.services.dataSource, (manager) => manager.update(StockEntity, { id: stock.id }, { onHand: stock.onHand + 7 }));
    const corrupted = await app.request('GET', '/api/v1/admin/stock/audit', { token: admin });
    expect(corrupted.body.mismatches).toEqual([
      { skuId: sku.id, locationId: warehouseId, onHand: stock.onHand + 7, reserved: stock.reserved, ledgerOnHand: stock.onHand, ledgerReserved: stock.reserved },
    ]);

    // A stock row that disappeared while its ledger says units exist is reported too.
    await inTransaction(app.services.dataSource, (manager) => manager.delete(StockEntity, { id: stock.id }));
    const missing = await auditStockLedger(app.services.dataSource);
    expect(missing.checked).toBe(rows);
    expect(missing.mismatches).toEqual([
      { skuId: sku.id, locationId: warehouseId, onHand: null, reserved: null, ledgerOnHand: stock.onHand, ledgerReserved: stock.reserved },
    ]);
  });
});

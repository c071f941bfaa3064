import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { skusWithStock, stockOf, storeByCode, warehouseOf } from '../support/fixtures.js';
import { StockMovementEntity } from '../../src/inventory/stock-movement.entity.js';
import { findStockMismatches } from '../../src/inventory/stock-audit.js';

/** What an INT column holds (signed 32 bits), and so what stock on hand may reach. */
const MAX_INT = 2_147_483_647;

/**
 * Stock on hand is an INT column: repeated valid receives must end in a clear refusal once the
 * next one would pass what it holds, never in a database error (a 500 on MySQL), and inputs
 * past the column are refused by validation before anything runs.
 */
describe('stock stays within its INT column', () => {
  let app: TestApp;
  let admin: string;
  let warehouseId: number;
  let skuIds: number[];

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    warehouseId = (await warehouseOf(app)).id;
    const jingan = (await storeByCode(app, 'SH-JA')).location.id;
    const inJingan = new Set((await skusWithStock(app, jingan, 2)).map((s) => s.id));
    skuIds = (await skusWithStock(app, warehouseId, 2)).filter((s) => inJingan.has(s.id)).map((s) => s.id);
    expect(skuIds.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(async () => app?.close());

  const post = (path: string, body: Record<string, unknown>) => app.request('POST', `/api/v1/admin/stock/${path}`, { token: admin, body });
  const movements = () => app.services.dataSource.manager.count(StockMovementEntity);

  /** Fills a stock row through the ledger (as enough receives would) to `room` units below the limit. */
  async function fillTo(skuId: number, locationId: number, room: number): Promise<void> {
    const { onHand } = await stockOf(app, skuId, locationId);
    await app.services.inventory.receive(skuId, locationId, MAX_INT - room - onHand, 'staff:test', 'filling up to the limit');
  }

  it('receives up to the limit, then refuses the next receive with QUANTITY_TOO_LARGE and changes nothing', async () => {
    const skuId = skuIds[0]!;
    await fillTo(skuId, warehouseId, 5);
    const before = await movements();

    const tooMany = await post('receive', { skuId, locationId: warehouseId, quantity: 1_000_000 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({ code: 'QUANTITY_TOO_LARGE', details: [{ path: `sku:${skuId}` }] });
    expect((await stockOf(app, skuId, warehouseId)).onHand).toBe(MAX_INT - 5);
    expect(await movements()).toBe(before);

    const exactly = await post('receive', { skuId, locationId: warehouseId, quantity: 5 });
    expect(exactly.status).toBe(200);
    expect(exactly.body.onHand).toBe(MAX_INT);
    const one = await post('receive', { skuId, locationId: warehouseId, quantity: 1 });
    expect(one.status).toBe(400);
    expect(one.body.error.code).toBe('QUANTITY_TOO_LARGE');

    // Adjustments share the bound; taking units away still works at the limit.
    expect((await post('adjust', { skuId, locationId: warehouseId, delta: 1, reason: '盘盈' })).body.error.code).toBe('QUANTITY_TOO_LARGE');
    const down = await post('adjust', { skuId, locationId: warehouseId, delta: -1, reason: '盘亏' });
    expect(down.status).toBe(200);
    expect(down.body.onHand).toBe(MAX_INT - 1);
    // The ledger still explains the figures.
    expect(await findStockMismatches(app.services.dataSource)).toEqual([]);
  });

  it('refuses a display sample going back on sale into a full shelf, not with a 500', async () => {
    const skuId = skuIds[1]!;
    const { store, location } = await storeByCode(app, 'SH-JA');
    const toDisplay = await post('display', { storeId: store.id, skuId, quantity: 1, direction: 'to_display' });
    expect(toDisplay.status).toBe(200);
    await fillTo(skuId, location.id, 0);
    const back = await post('display', { storeId: store.id, skuId, quantity: 1, direction: 'to_stock' });
    expect(back.status).toBe(400);
    expect(back.body.error.code).toBe('QUANTITY_TOO_LARGE');
    expect((await stockOf(app, skuId, location.id)).onHand).toBe(MAX_INT);
  });

  it('refuses ids and quantities past their columns with VALIDATION_FAILED', async () => {
    const skuId = skuIds[0]!;
    const cases: [string, Record<string, unknown>, string][] = [
      ['receive', { skuId, locationId: warehouseId, quantity: 2 ** 31 }, 'quantity'],
      ['receive', { skuId: 2 ** 31, locationId: warehouseId, quantity: 1 }, 'skuId'],
      ['receive', { skuId, locationId: 2 ** 31, quantity: 1 }, 'locationId'],
      ['adjust', { skuId: 2 ** 31, locationId: warehouseId, delta: 1, reason: 'x' }, 'skuId'],
      ['adjust', { skuId, locationId: warehouseId, delta: -(2 ** 31), reason: 'x' }, 'delta'],
    ];
    for (const [path, body, field] of cases) {
      const res = await post(path, body);
      expect(res.status, `${path} ${field}`).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    }
  });
});

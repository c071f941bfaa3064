import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StockLocationEntity } from '../../src/inventory/stock-location.entity.js';
import { StoreEntity } from '../../src/stores/store.entity.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';

const LONGHUA = {
  code: 'sh-lh',
  name: '栖行 龙华体验店',
  city: '上海市',
  district: '徐汇区',
  address: '上海市徐汇区龙华中路600号',
  latitude: 31.1862,
  longitude: 121.4531,
  phone: '021-64001234',
  openingHours: '10:00-21:00',
  deliveryRadiusMeters: 4000,
};

describe('stores: administration of stores by admins', () => {
  let app: TestApp;
  let admin: string;
  let created: { id: number; sellableLocationId: number };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
  });
  afterAll(async () => app?.close());

  it('opens a store with its sellable stock location in one go; it shows in the store finder and takes stock', async () => {
    const res = await app.request('POST', '/api/v1/admin/stores', { token: admin, body: LONGHUA });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...LONGHUA, code: 'SH-LH', pickupEnabled: true, cancelUncollectedPickups: false, isActive: true, displayLocationId: null });
    created = res.body;
    const location = await app.services.dataSource.manager.findOneByOrFail(StockLocationEntity, { id: created.sellableLocationId });
    expect(location).toMatchObject({ code: 'LOC-SH-LH', name: '栖行 龙华体验店', kind: 'store', storeId: created.id });

    const finder = await app.request('GET', '/api/v1/stores');
    expect(finder.body.map((s: { code: string }) => s.code)).toContain('SH-LH');
    expect((await app.services.inventory.locationOfStore(created.id)).id).toBe(created.sellableLocationId);

    // Units received there can become display samples: the samples location follows on demand.
    const skuId = (await app.request('GET', '/api/v1/admin/stock?limit=1', { token: admin })).body.items[0].skuId;
    expect((await app.request('POST', '/api/v1/admin/stock/receive', { token: admin, body: { skuId, locationId: created.sellableLocationId, quantity: 3, reason: '开业备货' } })).status).toBe(200);
    const moved = await app.request('POST', '/api/v1/admin/stock/display', { token: admin, body: { storeId: created.id, skuId, quantity: 1, direction: 'to_display' } });
    expect(moved.status).toBe(200);
    expect(moved.body.display.onHand).toBe(1);
  });

  it('edits any field but the code; a new name carries to its stock locations', async () => {
    const res = await app.request('PATCH', `/api/v1/admin/stores/${created.id}`, {
      token: admin,
      body: { name: '栖行 龙华旗舰店', openingHours: '09:30-22:00', phone: '021-64005678', pickupEnabled: false, cancelUncollectedPickups: true, deliveryRadiusMeters: 5000, latitude: 31.19, longitude: 121.45 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '栖行 龙华旗舰店', openingHours: '09:30-22:00', pickupEnabled: false, cancelUncollectedPickups: true, deliveryRadiusMeters: 5000, latitude: 31.19, code: 'SH-LH' });
    const locations = await app.services.dataSource.manager.findBy(StockLocationEntity, { storeId: created.id });
    expect(locations.map((l) => l.name).sort()).toEqual(['栖行 龙华旗舰店', '栖行 龙华旗舰店 样品']);
    await expect(app.services.stores.getPickupStore(created.id)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });

    const off = await app.request('PATCH', `/api/v1/admin/stores/${created.id}`, { token: admin, body: { isActive: false } });
    expect(off.body.isActive).toBe(false);
    expect((await app.request('GET', '/api/v1/stores')).body.map((s: { code: string }) => s.code)).not.toContain('SH-LH');
    const one = await app.request('GET', `/api/v1/admin/stores/${created.id}`, { token: admin });
    expect(one.body).toMatchObject({ isActive: false, name: '栖行 龙华旗舰店' });

    expect((await app.request('PATCH', `/api/v1/admin/stores/${created.id}`, { token: admin, body: { code: 'SH-X' } })).status).toBe(400);
    expect((await app.request('PATCH', `/api/v1/admin/stores/${created.id}`, { token: admin, body: {} })).status).toBe(400);
    expect((await app.request('PATCH', '/api/v1/admin/stores/999999', { token: admin, body: { name: '无' } })).status).toBe(404);
  });

  it('lists every store, inactive ones too, a page at a time', async () => {
    const first = await app.request('GET', '/api/v1/admin/stores?limit=2', { token: admin });
    expect(first.body.items.map((s: { code: string }) => s.code)).toEqual(['SH-JA', 'SH-XH']);
    expect(first.body.items[0].sellableLocationId).toEqual(expect.any(Number));
    const rest = await app.request('GET', `/api/v1/admin/stores?limit=2&cursor=${first.body.nextCursor}`, { token: admin });
    expect(rest.body.items.map((s: { code: string }) => s.code)).toEqual(['SH-PD', 'SH-LH']);
  });

  it('refuses a duplicate code with CONFLICT and leaves no half-made store; two opening one code at once: one wins', async () => {
    const dup = await app.request('POST', '/api/v1/admin/stores', { token: admin, body: { ...LONGHUA, code: 'SH-JA' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'CONFLICT', details: [{ path: 'code' }] });
    const racers = await Promise.all([1, 2, 3, 4].map((i) => app.request('POST', '/api/v1/admin/stores', { token: admin, body: { ...LONGHUA, code: 'SH-RACE', name: `竞速店${i}` } })));
    expect(racers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const stores = await app.services.dataSource.manager.findBy(StoreEntity, { code: 'SH-RACE' });
    expect(stores).toHaveLength(1);
    expect(await app.services.dataSource.manager.countBy(StockLocationEntity, { code: 'LOC-SH-RACE' })).toBe(1);
    const orphans = await app.services.dataSource.manager.find(StockLocationEntity);
    expect(orphans.filter((l) => l.storeId !== null && l.code === 'LOC-SH-RACE' && l.storeId !== stores[0]!.id)).toEqual([]);
  });

  it('validates the fields with messages a person understands', async () => {
    const bad = [
      { ...LONGHUA, code: 'X' },
      { ...LONGHUA, code: 'SH-OK', latitude: 91 },
      { ...LONGHUA, code: 'SH-OK', phone: 'call me' },
      { ...LONGHUA, code: 'SH-OK', name: ' ' },
      { ...LONGHUA, code: 'SH-OK', deliveryRadiusMeters: -1 },
    ];
    for (const body of bad) {
      const res = await app.request('POST', '/api/v1/admin/stores', { token: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    const { name: _omit, ...noName } = LONGHUA;
    expect((await app.request('POST', '/api/v1/admin/stores', { token: admin, body: { ...noName, code: 'SH-OK' } })).status).toBe(400);
  });

  it('is for admins only: store managers, staff, marketers and consumers get 403', async () => {
    const tokens = await Promise.all([
      app.loginStaff('manager.ja', DEMO_PASSWORDS.staff),
      app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff),
      app.loginStaff('marketer', DEMO_PASSWORDS.marketer),
      app.loginMember('store-admin-consumer'),
    ]);
    for (const token of tokens) {
      expect((await app.request('POST', '/api/v1/admin/stores', { token, body: { ...LONGHUA, code: 'SH-NOPE' } })).status).toBe(403);
      expect((await app.request('PATCH', `/api/v1/admin/stores/${created.id}`, { token, body: { name: '改' } })).status).toBe(403);
      expect((await app.request('GET', '/api/v1/admin/stores', { token })).status).toBe(403);
    }
    expect((await app.request('POST', '/api/v1/admin/stores', { body: LONGHUA })).status).toBe(401);
    expect(await app.services.dataSource.manager.existsBy(StoreEntity, { code: 'SH-NOPE' })).toBe(false);
  });
});

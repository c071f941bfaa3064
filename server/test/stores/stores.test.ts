import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@shop/shared';
import { inTransaction } from '../../src/platform/transaction.js';
import { StoreEntity, type Store } from '../../src/stores/store.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('stores: public store finder and pickup store check', () => {
  let app: TestApp;
  let byCode: Map<string, Store>;

  const setStore = (id: number, changes: Partial<Store>) => inTransaction(app.services.dataSource, (m) => m.update(StoreEntity, { id }, changes));
  const codeOf = (e: unknown) => (e instanceof AppError ? e.code : String(e));

  beforeAll(async () => {
    app = await startTestApp();
    byCode = new Map((await app.services.dataSource.manager.find(StoreEntity)).map((s) => [s.code, s]));
  });
  afterAll(async () => app?.close());

  it('lists active stores with their details and no distance when no position is given', async () => {
    const res = await app.request('GET', '/api/v1/stores');
    expect(res.status).toBe(200);
    expect(res.body.map((s: { code: string }) => s.code)).toEqual(['SH-JA', 'SH-XH', 'SH-PD']);
    expect(res.body[0]).toEqual({
      id: byCode.get('SH-JA')!.id,
      code: 'SH-JA',
      name: '栖行 静安体验店',
      city: '上海市',
      district: '静安区',
      address: '上海市静安区愚园路568号1层',
      latitude: 31.2293,
      longitude: 121.4481,
      phone: '021-62583316',
      openingHours: '10:00-22:00',
      pickupEnabled: true,
      deliveryRadiusMeters: 3000,
    });
  });

  it("names the staff member's store in the login answer, and none for accounts without a store", async () => {
    const staff = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'staff.ja1', password: 'Demo-staff-2026' } });
    expect(staff.body.staff).toMatchObject({ username: 'staff.ja1', storeId: byCode.get('SH-JA')!.id, storeName: '栖行 静安体验店' });
    const admin = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'admin', password: 'Demo-admin-2026' } });
    expect(admin.body.staff).toMatchObject({ role: 'admin', storeId: null, storeName: null });
  });

  it('sorts by distance from the given position and reports whole metres', async () => {
    // Standing by the Oriental Pearl Tower in 陆家嘴: 浦东 is closest, 徐汇 farthest.
    const res = await app.request('GET', '/api/v1/stores?lat=31.2397&lng=121.4998');
    expect(res.body.map((s: { code: string }) => s.code)).toEqual(['SH-PD', 'SH-JA', 'SH-XH']);
    const distances = res.body.map((s: { distanceMeters: number }) => s.distanceMeters);
    expect(distances.every(Number.isInteger)).toBe(true);
    expect(distances[0]).toBeGreaterThan(500);
    expect(distances[0]).toBeLessThan(1000);

    const atXuhui = await app.request('GET', '/api/v1/stores?lat=31.1952&lng=121.4372');
    expect(atXuhui.body[0]).toMatchObject({ code: 'SH-XH', distanceMeters: 0 });
  });

  it('needs both lat and lng, within range', async () => {
    for (const query of ['lat=31.2', 'lng=121.4', 'lat=91&lng=121', 'lat=31&lng=181', 'lat=abc&lng=121']) {
      const res = await app.request('GET', `/api/v1/stores?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('shows one store, with its distance when a position is given', async () => {
    const pd = byCode.get('SH-PD')!;
    const res = await app.request('GET', `/api/v1/stores/${pd.id}?lat=${pd.latitude}&lng=${pd.longitude}`);
    expect(res.body).toMatchObject({ id: pd.id, code: 'SH-PD', distanceMeters: 0 });
    expect((await app.request('GET', '/api/v1/stores/999999')).status).toBe(404);
  });

  it('getPickupStore returns an open store that offers pickup, also inside a transaction', async () => {
    const ja = byCode.get('SH-JA')!;
    expect(await app.services.stores.getPickupStore(ja.id)).toMatchObject({ id: ja.id, code: 'SH-JA' });
    const inside = await inTransaction(app.services.dataSource, (m) => app.services.stores.getPickupStore(ja.id, m));
    expect(inside.id).toBe(ja.id);
  });

  it('getPickupStore: NOT_FOUND for no such store', async () => {
    const error = await app.services.stores.getPickupStore(999999).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('NOT_FOUND');
  });

  it('getPickupStore: STORE_UNAVAILABLE when pickup is switched off; the store stays listed', async () => {
    const xh = byCode.get('SH-XH')!;
    await setStore(xh.id, { pickupEnabled: false });
    try {
      expect(codeOf(await app.services.stores.getPickupStore(xh.id).catch((e: unknown) => e))).toBe('STORE_UNAVAILABLE');
      const listed = (await app.request('GET', '/api/v1/stores')).body.find((s: { id: number }) => s.id === xh.id);
      expect(listed.pickupEnabled).toBe(false);
    } finally {
      await setStore(xh.id, { pickupEnabled: true });
    }
  });

  it('getPickupStore: STORE_UNAVAILABLE for a closed store, which also leaves the public list', async () => {
    const pd = byCode.get('SH-PD')!;
    await setStore(pd.id, { isActive: false });
    try {
      expect(codeOf(await app.services.stores.getPickupStore(pd.id).catch((e: unknown) => e))).toBe('STORE_UNAVAILABLE');
      expect((await app.request('GET', '/api/v1/stores')).body.map((s: { code: string }) => s.code)).toEqual(['SH-JA', 'SH-XH']);
      expect((await app.request('GET', `/api/v1/stores/${pd.id}`)).status).toBe(404);
    } finally {
      await setStore(pd.id, { isActive: true });
    }
  });
});

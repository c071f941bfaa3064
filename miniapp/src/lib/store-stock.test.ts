import type { SkuView } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { productDetail, skuView, storeView as store } from '../../test/fixtures';
import { availabilityOf } from './availability';
import { pickupStoreRows } from './store-stock';

const sku = (id: number, delivery: number, byStore: Record<number, number>) => skuView(id, {}, delivery, byStore);
const product = (id: number, skus: SkuView[]) => productDetail({ id, skus });

describe('pickup stores for checkout', () => {
  const details = new Map([
    [10, product(10, [sku(1, 0, { 1: 5, 2: 1, 3: 0 })])],
    [20, product(20, [sku(2, 0, { 1: 0, 2: 3, 3: 0 })])],
  ]);
  const lines = [
    { skuId: 1, productId: 10, qty: 2 },
    { skuId: 2, productId: 20, qty: 1 },
  ];

  it('ranks stores holding everything first and skips stores without pickup', () => {
    const rows = pickupStoreRows([store(1), store(2), store(3), store(4, { pickupEnabled: false })], lines, details);
    expect(rows.map((r) => [r.store.id, r.level, r.shortLines])).toEqual([
      [1, 'some', 1],
      [2, 'some', 1],
      [3, 'none', 2],
    ]);
    expect(pickupStoreRows([store(2)], [{ skuId: 2, productId: 20, qty: 3 }], details)[0]!.level).toBe('all');
  });
});

describe('product availability', () => {
  it('names the nearest store holding the SKU with its distance', () => {
    const a = availabilityOf([sku(1, 0, { 1: 0, 2: 4, 3: 2 })], [store(2, { distanceMeters: 1234 }), store(3, { distanceMeters: 5000 }), store(1)]);
    expect(a.delivery).toEqual({ available: false, text: '快递配送 · 暂时无货' });
    expect(a.pickup.text).toBe('到店自提 · 门店2 · 1.2km 等2家门店');
    expect(a.pickup.stores.map((s) => s.store.id)).toEqual([2, 3]);
  });

  it('says when no store holds it', () => {
    const a = availabilityOf([sku(1, 8, {})], [store(1)]);
    expect(a.delivery.available).toBe(true);
    expect(a.pickup).toMatchObject({ available: false, text: '到店自提 · 附近门店暂无库存' });
  });
});

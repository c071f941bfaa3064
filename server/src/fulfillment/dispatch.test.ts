import { describe, expect, it } from 'vitest';
import { planDelivery, splitDeliveryEta, type SplitCandidate } from './dispatch.js';

describe('delivery dispatch', () => {
  const jingan = { latitude: 31.2235, longitude: 121.4453 };
  const xuhui = { latitude: 31.1886, longitude: 121.4365 };
  const nearJingan = { latitude: 31.2245, longitude: 121.4463 };
  const line = [{ skuId: 7, quantity: 1 }];
  const store = (storeId: number, position: { latitude: number; longitude: number }, radiusMeters: number, hasEveryLine = true): SplitCandidate => ({ storeId, position, radiusMeters, available: new Map(hasEveryLine ? [[7, 1]] : []) });
  const shipper = (destination: Parameters<typeof planDelivery>[0], candidates: SplitCandidate[]) => planDelivery(destination, line, candidates, false)[0]!.storeId;

  it('picks the nearest store that covers the address and holds every line', () => {
    expect(shipper(nearJingan, [store(2, xuhui, 10_000), store(1, jingan, 3000)])).toBe(1);
  });

  it('skips a nearer store without the goods, or whose radius does not reach', () => {
    expect(shipper(nearJingan, [store(1, jingan, 3000, false), store(2, xuhui, 10_000)])).toBe(2);
    expect(shipper(nearJingan, [store(1, jingan, 100), store(2, xuhui, 1000)])).toBeNull();
  });

  it('falls back to the warehouse for an address without coordinates', () => {
    expect(shipper({ latitude: null, longitude: null }, [store(1, jingan, 3000)])).toBeNull();
    expect(shipper(null, [store(1, jingan, 3000)])).toBeNull();
  });
});

describe('split delivery planning', () => {
  const home = { latitude: 31.2120, longitude: 121.4420 }; // inside both the 静安 and 徐汇 radii
  const jingan = { latitude: 31.2235, longitude: 121.4453 };
  const xuhui = { latitude: 31.1886, longitude: 121.4365 };
  const pudong = { latitude: 31.2304, longitude: 121.5430 };
  const candidate = (storeId: number, position: { latitude: number; longitude: number }, radiusMeters: number, stock: Record<number, number>): SplitCandidate => ({
    storeId,
    position,
    radiusMeters,
    available: new Map(Object.entries(stock).map(([sku, n]) => [Number(sku), n])),
  });
  const lines = [
    { skuId: 11, quantity: 1 },
    { skuId: 12, quantity: 2 },
    { skuId: 13, quantity: 1 },
  ];

  it('ships whole from the nearest covering store that holds every line, split allowed or not', () => {
    const stores = [candidate(1, jingan, 5000, { 11: 1, 12: 2, 13: 1 }), candidate(2, xuhui, 5000, { 11: 5, 12: 5, 13: 5 })];
    expect(planDelivery(home, lines, stores, true)).toEqual([{ storeId: 1, skuIds: [11, 12, 13] }]);
    expect(planDelivery(home, lines, stores, false)).toEqual([{ storeId: 1, skuIds: [11, 12, 13] }]);
  });

  it('without split, anything less than a whole store goes to the warehouse', () => {
    const stores = [candidate(1, jingan, 5000, { 11: 1, 12: 2 }), candidate(2, xuhui, 5000, { 13: 1 })];
    expect(planDelivery(home, lines, stores, false)).toEqual([{ storeId: null, skuIds: [11, 12, 13] }]);
  });

  it('with split, each line ships from the nearest covering store that has it, the rest from the warehouse', () => {
    // 静安 is nearer than 徐汇; 浦东 has everything but does not reach the address.
    const stores = [candidate(2, xuhui, 5000, { 11: 9, 13: 1 }), candidate(1, jingan, 5000, { 11: 1, 12: 1 }), candidate(3, pudong, 3000, { 11: 9, 12: 9, 13: 9 })];
    expect(planDelivery(home, lines, stores, true)).toEqual([
      { storeId: 1, skuIds: [11] },
      { storeId: 2, skuIds: [13] },
      { storeId: null, skuIds: [12] }, // 静安 has 1 of the 2 asked for: lines are never cut in two
    ]);
  });

  it('splits across stores alone when they cover every line between them', () => {
    const stores = [candidate(1, jingan, 5000, { 11: 1, 12: 2 }), candidate(2, xuhui, 5000, { 13: 4 })];
    expect(planDelivery(home, lines, stores, true)).toEqual([
      { storeId: 1, skuIds: [11, 12] },
      { storeId: 2, skuIds: [13] },
    ]);
  });

  it('does not count a store unit twice when the same SKU is on two lines', () => {
    const twice = [
      { skuId: 11, quantity: 1 },
      { skuId: 11, quantity: 1 },
    ];
    expect(planDelivery(home, twice, [candidate(1, jingan, 5000, { 11: 1 })], true)).toEqual([
      { storeId: 1, skuIds: [11] },
      { storeId: null, skuIds: [11] },
    ]);
  });

  it('is the warehouse alone when no covering store has any line, or the address has no coordinates', () => {
    expect(planDelivery(home, lines, [candidate(1, jingan, 5000, {}), candidate(3, pudong, 1000, { 11: 9, 12: 9, 13: 9 })], true)).toEqual([{ storeId: null, skuIds: [11, 12, 13] }]);
    expect(planDelivery({ latitude: null, longitude: null }, lines, [candidate(1, jingan, 50_000, { 11: 9, 12: 9, 13: 9 })], true)).toEqual([{ storeId: null, skuIds: [11, 12, 13] }]);
  });

  it('tells the latest arrival first, then each part', () => {
    expect(splitDeliveryEta([{ storeName: '栖行 静安体验店', units: 1 }, { storeName: null, units: 2 }])).toBe('分 2 处发货，预计 1-3 天全部送达（栖行 静安体验店 今日送达 1 件，仓库 1-3 天送达 2 件）');
    expect(splitDeliveryEta([{ storeName: '静安', units: 1 }, { storeName: '徐汇', units: 1 }])).toBe('分 2 处发货，预计今日全部送达（静安 今日送达 1 件，徐汇 今日送达 1 件）');
  });
});

import { describe, expect, it } from 'vitest';
import { chooseDispatchStore, type DispatchCandidate } from './dispatch.js';

const jingan = { latitude: 31.2235, longitude: 121.4453 };
const xuhui = { latitude: 31.1886, longitude: 121.4365 };
const store = (storeId: number, position: { latitude: number; longitude: number }, radiusMeters: number, hasEveryLine = true): DispatchCandidate => ({ storeId, position, radiusMeters, hasEveryLine });

describe('delivery dispatch', () => {
  const nearJingan = { latitude: 31.2245, longitude: 121.4463 };

  it('picks the nearest store that covers the address and holds every line', () => {
    expect(chooseDispatchStore(nearJingan, [store(2, xuhui, 10_000), store(1, jingan, 3000)])).toMatchObject({ storeId: 1 });
  });

  it('skips a nearer store without the goods, or whose radius does not reach', () => {
    expect(chooseDispatchStore(nearJingan, [store(1, jingan, 3000, false), store(2, xuhui, 10_000)])).toMatchObject({ storeId: 2 });
    expect(chooseDispatchStore(nearJingan, [store(1, jingan, 100), store(2, xuhui, 1000)])).toBeNull();
  });

  it('falls back to the warehouse for an address without coordinates', () => {
    expect(chooseDispatchStore({ latitude: null, longitude: null }, [store(1, jingan, 3000)])).toBeNull();
    expect(chooseDispatchStore(null, [store(1, jingan, 3000)])).toBeNull();
  });
});

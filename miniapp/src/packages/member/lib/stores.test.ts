import { describe, expect, it } from 'vitest';
import { fullAddress, isOpenNow, mapLink } from './stores';

/** An instant at hh:mm Beijing time. */
const beijing = (hh: number, mm = 0) => Date.UTC(2026, 10, 23, hh - 8, mm);

describe('store helpers', () => {
  it('reads the hours on Beijing time', () => {
    expect(isOpenNow('10:00-22:00', beijing(9, 59))).toBe(false);
    expect(isOpenNow('10:00-22:00', beijing(10, 0))).toBe(true);
    expect(isOpenNow('10:00-21:30', beijing(21, 30))).toBe(false);
  });

  it('handles hours past midnight and leaves odd formats alone', () => {
    expect(isOpenNow('18:00-02:00', beijing(1, 0))).toBe(true);
    expect(isOpenNow('18:00-02:00', beijing(12, 0))).toBe(false);
    expect(isOpenNow('周一至周五 10 点开门', beijing(12, 0))).toBeNull();
  });

  it('builds the Amap marker link with longitude first and the name encoded', () => {
    expect(mapLink({ latitude: 31.2293, longitude: 121.4481, name: '栖行 静安体验店' })).toBe(
      'https://uri.amap.com/marker?position=121.4481,31.2293&name=%E6%A0%96%E8%A1%8C%20%E9%9D%99%E5%AE%89%E4%BD%93%E9%AA%8C%E5%BA%97&coordinate=gaode&callnative=1',
    );
  });

  it('does not repeat the city in the address', () => {
    expect(fullAddress({ city: '上海市', district: '静安区', address: '上海市静安区愚园路568号1层' })).toBe('上海市静安区愚园路568号1层');
    expect(fullAddress({ city: '上海市', district: '静安区', address: '愚园路568号' })).toBe('上海市静安区愚园路568号');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CommissionReportView } from '@shop/shared';
import { chinaMonthOf, chinaMonthRange, commissionFigures, commissionOf, sumFigures } from './commission.js';
import { commissionCsv, commissionCsvFilename } from './commission-csv.js';

describe('commissionOf: floor(rate × net / 10000) in whole fen', () => {
  it('takes 3% of net sales and rounds down to the fen', () => {
    expect(commissionOf(100_00, 300)).toBe(300);
    expect(commissionOf(12_345, 300)).toBe(370); // 370.35
    expect(commissionOf(33, 300)).toBe(0); // 0.99
    expect(commissionOf(34, 300)).toBe(1); // 1.02
    expect(commissionOf(0, 300)).toBe(0);
    expect(commissionOf(99_999, 0)).toBe(0);
    expect(commissionOf(99_999, 10_000)).toBe(99_999);
  });

  it('is exact far beyond what a float product would round (BigInt arithmetic)', () => {
    // 9_007_199_254_740_991 × 9_999 overflows a double's integers; the answer stays exact.
    expect(commissionOf(Number.MAX_SAFE_INTEGER, 9_999)).toBe(Number((BigInt(Number.MAX_SAFE_INTEGER) * 9_999n) / 10_000n));
  });

  it('never exceeds the exact share and is less than one fen below it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (net, rate) => {
        const c = commissionOf(net, rate);
        expect(Number.isInteger(c)).toBe(true);
        expect(c * 10_000).toBeLessThanOrEqual(net * rate);
        expect((c + 1) * 10_000).toBeGreaterThan(net * rate);
      }),
    );
  });

  it('refuses fractional fen, negative net and fractional rates', () => {
    expect(() => commissionOf(10.5, 300)).toThrow(RangeError);
    expect(() => commissionOf(-1, 300)).toThrow(RangeError);
    expect(() => commissionOf(100, 2.5)).toThrow(RangeError);
  });
});

describe('commissionFigures and sumFigures', () => {
  it('nets refunds off what was paid before taking the rate (a partial refund)', () => {
    // Paid ¥399.00 + ¥159.00, ¥79.50 refunded: net ¥478.50, 3% = ¥14.355 -> ¥14.35.
    expect(commissionFigures({ orders: 2, paid: 55_800, refunded: 7_950 }, 300)).toEqual({ orders: 2, paid: 55_800, refunded: 7_950, net: 47_850, commission: 1_435 });
  });

  it('refuses more refunded than paid', () => {
    expect(() => commissionFigures({ orders: 1, paid: 100, refunded: 101 }, 300)).toThrow(RangeError);
  });

  it('totals each column; the total commission is the sum of each row, each floored on its own', () => {
    const a = commissionFigures({ orders: 1, paid: 33, refunded: 0 }, 300);
    const b = commissionFigures({ orders: 2, paid: 33, refunded: 0 }, 300);
    expect(sumFigures([a, b])).toEqual({ orders: 3, paid: 66, refunded: 0, net: 66, commission: 0 });
    expect(sumFigures([])).toEqual({ orders: 0, paid: 0, refunded: 0, net: 0, commission: 0 });
  });
});

describe('China-time months', () => {
  it('runs from the 1st 00:00 +08:00 to the next 1st', () => {
    expect(chinaMonthRange('2026-11')).toEqual({ from: new Date('2026-10-31T16:00:00Z'), to: new Date('2026-11-30T16:00:00Z') });
    expect(chinaMonthRange('2026-12')).toEqual({ from: new Date('2026-11-30T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
    expect(chinaMonthRange('2028-02').to).toEqual(new Date('2028-02-29T16:00:00Z'));
    expect(() => chinaMonthRange('2026-13')).toThrow(RangeError);
    expect(() => chinaMonthRange('2026-1')).toThrow(RangeError);
  });

  it('names the month it is in China: 23:59 UTC on Oct 31 is already November there', () => {
    expect(chinaMonthOf(new Date('2026-10-31T15:59:59.999Z'))).toBe('2026-10');
    expect(chinaMonthOf(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11');
    expect(chinaMonthOf(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01');
  });
});

describe('commission CSV', () => {
  const figures = { orders: 3, paid: 123_456, refunded: 50, net: 123_406, commission: 3_702 };
  const report: CommissionReportView = {
    month: '2026-11',
    from: '2026-10-31T16:00:00.000Z',
    to: '2026-11-30T16:00:00.000Z',
    rateBasisPoints: 300,
    store: { id: 3, name: '栖行 静安体验店' },
    rows: [
      { staffId: 1, username: 'staff.ja1', displayName: '李晓雯', role: 'staff', isActive: true, storeId: 3, storeName: '栖行 静安体验店', ...figures },
      { staffId: 2, username: 'staff.ja2', displayName: '=HYPERLINK("x"),王', role: 'staff', isActive: false, storeId: 3, storeName: '栖行 静安体验店', orders: 0, paid: 0, refunded: 0, net: 0, commission: 0 },
    ],
    totals: figures,
  };

  it('starts with a UTF-8 BOM and a header, amounts in yuan with two decimals, CRLF lines', () => {
    const csv = commissionCsv(report);
    expect(csv.startsWith('\uFEFF账号,姓名,门店,订单数,实付金额(元),退款金额(元),净额(元),提成(元)\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('staff.ja1,李晓雯,栖行 静安体验店,3,1234.56,0.50,1234.06,37.02');
    expect(lines[3]).toBe('');
  });

  it('quotes separators and defuses formulas in names', () => {
    const lines = commissionCsv(report).slice(1).split('\r\n');
    expect(lines[2]).toBe(`staff.ja2,"'=HYPERLINK(""x""),王",栖行 静安体验店,0,0.00,0.00,0.00,0.00`);
  });

  it('names the file by month, and store when it is one store', () => {
    expect(commissionCsvFilename(report)).toBe('commission-2026-11-store-3.csv');
    expect(commissionCsvFilename({ ...report, store: null })).toBe('commission-2026-11.csv');
  });
});

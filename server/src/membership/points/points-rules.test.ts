import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsForPaidFen, pointsForRefund, proportionalPoints } from './points-rules.js';

describe('points rules', () => {
  it('earns one point per whole yuan', () => {
    expect(pointsForPaidFen(0)).toBe(0);
    expect(pointsForPaidFen(99)).toBe(0);
    expect(pointsForPaidFen(19_999)).toBe(199);
  });

  it('reverses proportionally, rounding in the member favour, and everything on a full refund', () => {
    expect(proportionalPoints(199, 19_999, 10_000)).toBe(99);
    expect(proportionalPoints(199, 19_999, 19_999)).toBe(199);
    expect(proportionalPoints(199, 19_999, 0)).toBe(0);
    expect(proportionalPoints(0, 19_999, 5_000)).toBe(0);
  });

  it('accounts for exactly all the points over any sequence of refunds of the whole payment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 1, maxLength: 8 }), (points, refunds) => {
        const paid = refunds.reduce((a, b) => a + b, 0);
        let before = 0;
        let total = 0;
        for (const refund of refunds) {
          const share = pointsForRefund(points, paid, before, refund);
          expect(share).toBeGreaterThanOrEqual(0);
          total += share;
          before += refund;
        }
        expect(total).toBe(points);
      }),
    );
    expect(pointsForRefund(100, 10_000, 0, 3_333)).toBe(33);
    expect(pointsForRefund(100, 10_000, 3_333, 3_333)).toBe(33);
    expect(pointsForRefund(100, 10_000, 6_666, 3_334)).toBe(34);
  });
});

import { describe, expect, it } from 'vitest';
import { pointsForPaidFen, proportionalPoints } from './points-rules.js';

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
});

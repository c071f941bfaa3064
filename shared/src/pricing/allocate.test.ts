import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { allocateProportionally } from './allocate.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('allocateProportionally: examples', () => {
  it('splits exactly proportional amounts without leftovers', () => {
    expect(allocateProportionally(100, [1, 1, 2])).toEqual([25, 25, 50]);
    expect(allocateProportionally(600, [100, 200, 300])).toEqual([100, 200, 300]);
  });

  it('gives leftover fen to the largest remainders', () => {
    // exact shares 33.33.., 66.66.. -> floors 33, 66, leftover 1 to the larger remainder
    expect(allocateProportionally(100, [1, 2])).toEqual([33, 67]);
    // exact shares 1.4, 2.1, 3.5 (weights 2, 3, 5 over 7): floors 1, 2, 3, leftover 1 -> remainder .5 wins
    expect(allocateProportionally(7, [2, 3, 5])).toEqual([1, 2, 4]);
  });

  it('breaks equal remainders by earlier index', () => {
    expect(allocateProportionally(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateProportionally(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocateProportionally(1, [5, 5])).toEqual([1, 0]);
  });

  it('splits evenly (earliest first) when all weights are zero', () => {
    expect(allocateProportionally(10, [0, 0, 0])).toEqual([4, 3, 3]);
    expect(allocateProportionally(0, [0, 0])).toEqual([0, 0]);
  });

  it('gives nothing to zero-weight parts when some weight is positive', () => {
    expect(allocateProportionally(99, [0, 3, 0])).toEqual([0, 99, 0]);
  });

  it('handles zero total and a single part', () => {
    expect(allocateProportionally(0, [3, 7])).toEqual([0, 0]);
    expect(allocateProportionally(1234, [9])).toEqual([1234]);
  });

  it('is exact for amounts beyond double precision products', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const parts = allocateProportionally(max, [max, max, 1]);
    expect(sum(parts)).toBe(max);
    // shares ≈ …495.25, …495.25, 0.4999…: the single leftover fen goes to the last part.
    expect(parts).toEqual([4503599627370495, 4503599627370495, 1]);
  });

  it('handles no weights', () => {
    expect(allocateProportionally(0, [])).toEqual([]);
    expect(() => allocateProportionally(1, [])).toThrow(RangeError);
  });

  it('rejects negative or non-integer input', () => {
    expect(() => allocateProportionally(-1, [1])).toThrow(RangeError);
    expect(() => allocateProportionally(1.5, [1])).toThrow(RangeError);
    expect(() => allocateProportionally(Number.NaN, [1])).toThrow(RangeError);
    expect(() => allocateProportionally(Number.MAX_SAFE_INTEGER + 1, [1])).toThrow(RangeError);
    expect(() => allocateProportionally(10, [1, -1])).toThrow(RangeError);
    expect(() => allocateProportionally(10, [0.5, 1])).toThrow(RangeError);
    expect(() => allocateProportionally(10, [Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('does not mutate the weights', () => {
    const weights = Object.freeze([3, 1, 2]);
    allocateProportionally(10, weights);
    expect(weights).toEqual([3, 1, 2]);
  });
});

describe('allocateProportionally: properties', () => {
  const totalArb = fc.oneof(fc.nat({ max: 100_000 }), fc.maxSafeNat());
  const weightsArb = fc.array(fc.oneof(fc.nat({ max: 10 }), fc.nat({ max: 1_000_000 }), fc.maxSafeNat()), {
    minLength: 1,
    maxLength: 20,
  });

  it('parts are non-negative integers summing exactly to total', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const parts = allocateProportionally(total, weights);
        expect(parts).toHaveLength(weights.length);
        for (const p of parts) {
          expect(Number.isSafeInteger(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
        }
        // Sum in BigInt so the check itself cannot lose precision.
        expect(parts.reduce((a, p) => a + BigInt(p), 0n)).toBe(BigInt(total));
      }),
    );
  });

  it('each part is within 1 fen of its exact proportional share', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const parts = allocateProportionally(total, weights);
        const allZero = weights.every((w) => w === 0);
        const eff = weights.map((w) => BigInt(allZero ? 1 : w));
        const W = eff.reduce((a, b) => a + b, 0n);
        parts.forEach((p, i) => {
          // |p - total*w/W| < 1  <=>  |p*W - total*w| < W
          const diff = BigInt(p) * W - BigInt(total) * eff[i]!;
          expect(diff < 0n ? -diff : diff).toBeLessThan(W);
        });
      }),
    );
  });

  it('is deterministic and order-consistent with weights', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const a = allocateProportionally(total, weights);
        expect(allocateProportionally(total, [...weights])).toEqual(a);
        // A heavier weight never gets less than a lighter one.
        for (let i = 0; i < weights.length; i++) {
          for (let j = 0; j < weights.length; j++) {
            if (weights[i]! > weights[j]!) expect(a[i]!).toBeGreaterThanOrEqual(a[j]!);
          }
        }
      }),
    );
  });
});

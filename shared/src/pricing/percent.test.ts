import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { percentOf } from './percent.js';

describe('percentOf', () => {
  it('rounds down to the fen', () => {
    expect(percentOf(33333, 15)).toBe(4999); // 4999.95
    expect(percentOf(1999, 5)).toBe(99); // 99.95
    expect(percentOf(100, 15)).toBe(15);
    expect(percentOf(0, 100)).toBe(0);
  });

  it('equals floor(amount * percent / 100) exactly over the whole safe range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 1_000_000 }), fc.maxSafeNat()), fc.integer({ min: 0, max: 100 }), (amount, percent) => {
        expect(BigInt(percentOf(amount, percent))).toBe((BigInt(amount) * BigInt(percent)) / 100n);
      }),
    );
  });
});

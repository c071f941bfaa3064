import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { priceOrder } from './price-order.js';
import { deepFreeze, fullInputArb, sum } from './test-fixtures.js';
import type { PricingInput, PricingResult } from './types.js';

const RUNS = { numRuns: 300 };

function lineShares(r: PricingResult, source: 'coupon' | 'points', couponId?: number): number {
  return sum(
    r.lines.flatMap((l) =>
      l.discounts.filter((d) => d.source === source && (couponId === undefined || d.couponId === couponId)).map((d) => d.amount),
    ),
  );
}

const hasGroupPrice = (inp: PricingInput) => inp.lines.some((l) => l.groupPrice !== undefined && l.groupPrice !== null);

describe('priceOrder with coupons, tiers and points: properties', () => {
  it('payable is never negative and never above list total plus the delivery fee', () => {
    fc.assert(
      fc.property(fullInputArb, (inp) => {
        const r = priceOrder(inp);
        const maxShipping = inp.fulfillment === 'pickup' ? 0 : inp.shippingRule.baseFee;
        expect(r.payableTotal).toBeGreaterThanOrEqual(0);
        expect(r.payableTotal).toBeLessThanOrEqual(r.itemsTotal + maxShipping);
        expect(r.payableTotal).toBe(r.itemsTotal - r.discountTotal + r.shippingFee);
        expect(r.shippingFee + r.shippingDiscount).toBeLessThanOrEqual(maxShipping);
        for (const l of r.lines) {
          expect(l.payable).toBeGreaterThanOrEqual(0);
          for (const d of l.discounts) expect(d.amount).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('every allocation sums exactly', () => {
    fc.assert(
      fc.property(fullInputArb, (inp) => {
        const r = priceOrder(inp);
        for (const d of r.discounts) {
          if (d.source === 'coupon') {
            expect(lineShares(r, 'coupon', d.couponId)).toBe(d.amount);
            expect(r.couponReport.find((e) => e.couponId === d.couponId)?.discount).toBe(d.amount);
          }
        }
        expect(lineShares(r, 'points')).toBe(r.pointsDeduction);
        expect(sum(r.lines.map((l) => l.payable))).toBe(r.itemsTotal - r.discountTotal);
        expect(sum(r.discounts.map((d) => d.amount))).toBe(r.discountTotal);
        for (const l of r.lines) expect(l.payable).toBe(l.listTotal - sum(l.discounts.map((d) => d.amount)));
        for (const v of [r.payableTotal, r.discountTotal, r.shippingFee, r.shippingDiscount, r.pointsDeduction]) {
          expect(Number.isSafeInteger(v)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('points never exceed the balance, the request, nor the share cap', () => {
    fc.assert(
      fc.property(fullInputArb, (inp) => {
        const r = priceOrder(inp);
        const balance = inp.member?.pointsBalance ?? 0;
        expect(r.pointsUsed).toBeLessThanOrEqual(r.pointsUsable);
        expect(r.pointsUsable).toBeLessThanOrEqual(balance);
        expect(r.pointsUsed).toBeLessThanOrEqual(inp.points?.use ?? 0);
        if (!inp.points || !inp.isMember || hasGroupPrice(inp)) expect(r.pointsUsed).toBe(0);
        if (inp.points) {
          const { fenPerPoint, maxShareOfGoodsPercent } = inp.points.rule;
          expect(r.pointsDeduction).toBe(r.pointsUsed * fenPerPoint);
          const goodsAfterCoupon = r.itemsTotal - r.discountTotal + r.pointsDeduction;
          expect(r.pointsDeduction * 100).toBeLessThanOrEqual(goodsAfterCoupon * maxShareOfGoodsPercent);
        }
      }),
      RUNS,
    );
  });

  it('stacking: at most one goods and one shipping coupon, none with a group price; chosen ids are applied or rejected', () => {
    fc.assert(
      fc.property(fullInputArb, (inp) => {
        const r = priceOrder(inp);
        const kinds = r.appliedCoupons.map((id) => inp.coupons!.find((c) => c.id === id)!.kind);
        expect(kinds.filter((k) => k === 'free_shipping').length).toBeLessThanOrEqual(1);
        expect(kinds.filter((k) => k !== 'free_shipping').length).toBeLessThanOrEqual(1);
        if (hasGroupPrice(inp)) expect(r.appliedCoupons).toEqual([]);
        expect(r.couponReport.map((e) => e.couponId)).toEqual(inp.coupons!.map((c) => c.id));
        for (const e of r.couponReport) {
          expect(e.selected).toBe(r.appliedCoupons.includes(e.couponId));
          if (e.selected) expect(e.applicable).toBe(true);
          if (!e.applicable) expect(e.reason).toBeTruthy();
        }
        const selection = inp.couponSelection!;
        if (selection.mode === 'chosen') {
          const decided = new Set([...r.appliedCoupons, ...r.rejectedChosen.map((x) => x.couponId)]);
          expect([...decided].sort()).toEqual([...new Set(selection.ids)].sort());
        } else {
          expect(r.rejectedChosen).toEqual([]);
          if (selection.mode === 'none') expect(r.appliedCoupons).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('best is never worse than any single valid choice, and charging its choice gives the same price', () => {
    fc.assert(
      fc.property(fullInputArb, (inp) => {
        const coupons = inp.coupons ?? [];
        const bestResult = priceOrder({ ...inp, couponSelection: { mode: 'best' } });
        const goods = coupons.filter((c) => c.kind !== 'free_shipping').map((c) => c.id);
        const shipping = coupons.filter((c) => c.kind === 'free_shipping').map((c) => c.id);
        const choices = [[], ...goods.map((g) => [g]), ...shipping.map((s) => [s]), ...goods.flatMap((g) => shipping.map((s) => [g, s]))];
        for (const ids of choices) {
          const r = priceOrder({ ...inp, couponSelection: { mode: 'chosen', ids } });
          if (r.rejectedChosen.length === 0) expect(bestResult.payableTotal).toBeLessThanOrEqual(r.payableTotal);
        }
        // The mini-program previews 'best'; the server charges the ids it showed.
        const charged = priceOrder({ ...inp, couponSelection: { mode: 'chosen', ids: bestResult.appliedCoupons } });
        expect(charged.rejectedChosen).toEqual([]);
        expect(charged.lines).toEqual(bestResult.lines);
        expect(charged.payableTotal).toBe(bestResult.payableTotal);
        expect(charged.appliedCoupons).toEqual(bestResult.appliedCoupons);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(fullInputArb, (inp) => {
        const before = structuredClone(inp);
        const first = priceOrder(structuredClone(inp));
        const frozen = deepFreeze(inp); // any write would throw in strict-mode ESM
        expect(priceOrder(frozen)).toEqual(first);
        expect(inp).toEqual(before);
      }),
      RUNS,
    );
  });

  it('output shares no objects with the input nor with the rules: writing to it changes no later price', () => {
    fc.assert(
      fc.property(fullInputArb, (inp) => {
        const pristine = priceOrder(structuredClone(inp));
        const r = priceOrder(inp);
        r.lines.forEach((l, i) => expect(l).not.toBe(inp.lines[i]));
        for (const l of r.lines) for (const d of l.discounts) d.amount += 1;
        for (const d of r.discounts) d.amount += 1;
        for (const e of r.couponReport) e.reason = 'x';
        for (const e of r.rejectedChosen) e.reason = 'x';
        expect(priceOrder(inp)).toEqual(pristine);
      }),
      { numRuns: 100 },
    );
  });
});

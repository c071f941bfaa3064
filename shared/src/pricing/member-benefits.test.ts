import { describe, it, expect } from 'vitest';
import { priceOrder } from './price-order.js';
import { coupon, line, order } from './test-fixtures.js';
import type { PricingInput, PricingMemberTier } from './types.js';

const gold = (extra: Partial<PricingMemberTier> = {}): PricingMemberTier => ({ code: 'gold', name: '金卡', ...extra });
const points = (use: number, fenPerPoint = 1, maxShareOfGoodsPercent = 50): PricingInput['points'] => ({
  use,
  rule: { fenPerPoint, maxShareOfGoodsPercent },
});

describe('tier discount', () => {
  it('takes floor(list * (100 - percent) / 100) off each unit', () => {
    // 1999 * 5% = 99.95 -> 99 off per unit, 1900 per unit
    const r = priceOrder(order([line(1999, { quantity: 3 })], { member: { tier: gold({ discountPercent: 95 }) } }));
    expect(r.lines[0]).toEqual({
      skuId: 1,
      quantity: 3,
      listPrice: 1999,
      unitPrice: 1900,
      listTotal: 5997,
      discounts: [{ source: 'tier_discount', amount: 297 }],
      payable: 5700,
    });
    expect(r.discounts).toEqual([{ source: 'tier_discount', label: '会员折扣', amount: 297 }]);
  });

  it('a lower member price wins over the tier discount; otherwise the tier discount applies', () => {
    const member = { tier: gold({ discountPercent: 50 }) };
    const r = priceOrder(order([line(1000, { memberPrice: 900 }), line(1000, { memberPrice: 1000 }), line(1000)], { member }));
    expect(r.lines.map((l) => l.discounts)).toEqual([
      [{ source: 'member_price', amount: 100 }],
      [{ source: 'tier_discount', amount: 500 }],
      [{ source: 'tier_discount', amount: 500 }],
    ]);
    expect(r.discounts.map((d) => [d.label, d.amount])).toEqual([
      ['会员价', 100],
      ['会员折扣', 1000],
    ]);
  });

  it('does not apply to guests, nor when the percent is 100 or absent', () => {
    const member = { tier: gold({ discountPercent: 90 }) };
    expect(priceOrder(order([line(1000)], { member, isMember: false })).discountTotal).toBe(0);
    expect(priceOrder(order([line(1000)], { member: { tier: gold({ discountPercent: 100 }) } })).discountTotal).toBe(0);
    expect(priceOrder(order([line(1000)], { member: { tier: gold() } })).discountTotal).toBe(0);
  });
});

describe('tier free-shipping threshold', () => {
  const rule = { baseFee: 800, freeThreshold: 9900 };

  it("replaces the rule's threshold for members of the tier", () => {
    const member = { tier: gold({ freeShippingThreshold: 5000 }) };
    const r = priceOrder(order([line(5000)], { shippingRule: rule, member }));
    expect(r.shippingFee).toBe(0);
    expect(r.freeShippingThreshold).toBe(5000);
    expect(priceOrder(order([line(4999)], { shippingRule: rule, member })).shippingFee).toBe(800);
  });

  it("falls back to the rule's threshold without a tier threshold, and for guests", () => {
    const noThreshold = priceOrder(order([line(5000)], { shippingRule: rule, member: { tier: gold() } }));
    expect(noThreshold).toMatchObject({ shippingFee: 800, freeShippingThreshold: 9900 });
    const guest = priceOrder(order([line(5000)], { shippingRule: rule, isMember: false, member: { tier: gold({ freeShippingThreshold: 0 }) } }));
    expect(guest).toMatchObject({ shippingFee: 800, freeShippingThreshold: 9900 });
  });

  it('is measured after the coupon', () => {
    const c = coupon({ id: 1, kind: 'amount_off', value: 200 });
    const r = priceOrder(order([line(10000)], { shippingRule: rule, coupons: [c], couponSelection: { mode: 'chosen', ids: [1] } }));
    expect(r.shippingFee).toBe(800); // 9800 < 9900
  });
});

describe('points', () => {
  const member = { pointsBalance: 100_000 };

  it('are capped at 50% of the goods payable', () => {
    const r = priceOrder(order([line(6000, { skuId: 1 }), line(4000, { skuId: 2 })], { member, points: points(100_000) }));
    expect(r.pointsUsable).toBe(5000);
    expect(r.pointsUsed).toBe(5000);
    expect(r.pointsDeduction).toBe(5000);
    expect(r.lines.map((l) => l.discounts)).toEqual([[{ source: 'points', amount: 3000 }], [{ source: 'points', amount: 2000 }]]);
    expect(r.discounts).toEqual([{ source: 'points', label: '积分抵扣', amount: 5000 }]);
    expect(r.discountTotal).toBe(5000);
    expect(r.payableTotal).toBe(5000 + 800);
  });

  it('are capped by the balance and by the request', () => {
    expect(priceOrder(order([line(10000)], { member: { pointsBalance: 1200 }, points: points(3000) })).pointsUsed).toBe(1200);
    expect(priceOrder(order([line(10000)], { member, points: points(700) }))).toMatchObject({ pointsUsed: 700, pointsUsable: 5000 });
    expect(priceOrder(order([line(10000)], { points: points(700) })).pointsUsed).toBe(0); // no balance given
  });

  it('convert at fenPerPoint, rounding the cap down to whole points', () => {
    // cap 50% of 999 = 499 fen -> 49 points of 10 fen
    const r = priceOrder(order([line(999)], { member, points: points(1000, 10) }));
    expect(r).toMatchObject({ pointsUsable: 49, pointsUsed: 49, pointsDeduction: 490 });
  });

  it('are measured after the coupon, and never cost free delivery', () => {
    const c = coupon({ id: 1, kind: 'amount_off', value: 2000 });
    const r = priceOrder(
      order([line(12000)], {
        member,
        shippingRule: { baseFee: 800, freeThreshold: 9900 },
        points: points(100_000),
        coupons: [c],
        couponSelection: { mode: 'chosen', ids: [1] },
      }),
    );
    expect(r.pointsUsed).toBe(5000); // 50% of 10000
    expect(r.shippingFee).toBe(0); // 10000 >= 9900 before points
    expect(r.payableTotal).toBe(12000 - 2000 - 5000);
    expect(r.lines[0]!.discounts).toEqual([
      { source: 'coupon', couponId: 1, amount: 2000 },
      { source: 'points', amount: 5000 },
    ]);
  });

  it('are not used by guests, and a 100% share can pay all goods but not shipping', () => {
    expect(priceOrder(order([line(10000)], { member, isMember: false, points: points(5000) })).pointsUsed).toBe(0);
    const r = priceOrder(order([line(3000)], { member, points: points(100_000, 1, 100) }));
    expect(r).toMatchObject({ pointsUsed: 3000, payableTotal: 800 });
  });

  it('best prefers a coupon over spending more points for the same payable', () => {
    const c = coupon({ id: 1, kind: 'amount_off', value: 1000 });
    const r = priceOrder(
      order([line(3000)], { fulfillment: 'pickup', member, points: points(100_000, 1, 100), coupons: [c], couponSelection: { mode: 'best' } }),
    );
    expect(r.payableTotal).toBe(0);
    expect(r.appliedCoupons).toEqual([1]);
    expect(r.pointsUsed).toBe(2000);
  });
});

describe('validation of the new inputs', () => {
  const c = coupon({ id: 1, kind: 'amount_off', value: 100 });
  const ok = [line(1000)];

  it.each<[string, Partial<PricingInput>]>([
    ['coupons without now', { coupons: [c], now: undefined }],
    ['a date without a time zone', { coupons: [c], now: '2025-06-15T12:00:00' }],
    ['an impossible date', { coupons: [c], now: '2025-02-30T12:00:00Z' }],
    ['a bad validUntil', { coupons: [{ ...c, validUntil: 'tomorrow' }] }],
    ['duplicate coupon ids', { coupons: [c, { ...c }] }],
    ['a percent above 100', { coupons: [coupon({ kind: 'percent_off', value: 101 })] }],
    ['a fractional value', { coupons: [coupon({ kind: 'amount_off', value: 1.5 })] }],
    ['a negative threshold', { coupons: [coupon({ kind: 'amount_off', value: 1, threshold: -1 })] }],
    ['每满 without a threshold', { coupons: [coupon({ kind: 'threshold_off', value: 1, repeat: true })] }],
    ['an unknown kind', { coupons: [coupon({ kind: 'bogo' as never, value: 1 })] }],
    ['an unknown status', { coupons: [coupon({ kind: 'amount_off', value: 1, status: 'gone' as never })] }],
    ['an unknown scope', { coupons: [coupon({ kind: 'amount_off', value: 1, scope: { kind: 'brands' } as never })] }],
    ['non-integer scope ids', { coupons: [coupon({ kind: 'amount_off', value: 1, scope: { kind: 'products', ids: [1.5] } })] }],
    ['an unknown selection mode', { couponSelection: { mode: 'all' } as never }],
    ['negative points', { points: points(-1) }],
    ['zero fen per point', { points: points(1, 0) }],
    ['a share above 100%', { points: points(1, 1, 101) }],
    ['a negative balance', { member: { pointsBalance: -1 } }],
    ['a tier percent above 100', { member: { tier: gold({ discountPercent: 120 }) } }],
    ['a fractional tier threshold', { member: { tier: gold({ freeShippingThreshold: 0.5 }) } }],
  ])('rejects %s with RangeError', (_, overrides) => {
    expect(() => priceOrder(order(ok, overrides))).toThrow(RangeError);
  });

  it.each([-1, 1.5])('rejects group price %s', (groupPrice) => {
    expect(() => priceOrder(order([line(1000, { groupPrice })]))).toThrow(RangeError);
  });

  it('accepts ISO instants with an offset', () => {
    expect(() => priceOrder(order(ok, { coupons: [c], now: '2025-06-15T20:00+08:00' }))).not.toThrow();
  });
});

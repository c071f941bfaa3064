import { describe, it, expect } from 'vitest';
import { priceOrder } from './price-order.js';
import { coupon, line, order } from './test-fixtures.js';
import type { PricingCoupon, PricingInput, PricingLineInput } from './types.js';

const best = { mode: 'best' } as const;
const chosen = (...ids: number[]) => ({ mode: 'chosen', ids }) as const;

function priceWith(lines: PricingLineInput[], coupons: PricingCoupon[], overrides: Partial<PricingInput> = {}) {
  return priceOrder(order(lines, { coupons, couponSelection: best, ...overrides }));
}

function reportOf(r: ReturnType<typeof priceOrder>, couponId: number) {
  const entry = r.couponReport.find((e) => e.couponId === couponId);
  if (!entry) throw new Error(`no report for coupon ${couponId}`);
  return entry;
}

describe('coupons: threshold_off (满减)', () => {
  const c199 = coupon({ id: 1, name: '满199减30', kind: 'threshold_off', value: 3000, threshold: 19900 });

  it('满 199 减 30 with ¥169 says how much is missing', () => {
    const r = priceWith([line(16900)], [c199]);
    expect(reportOf(r, 1)).toEqual({
      couponId: 1,
      applicable: false,
      selected: false,
      reasonCode: 'THRESHOLD_NOT_MET',
      reason: '还差 ¥30.00 可用',
      shortfall: 3000,
    });
    expect(r.appliedCoupons).toEqual([]);
    expect(r.payableTotal).toBe(16900 + 800);
  });

  it('one fen below the threshold is not enough', () => {
    expect(reportOf(priceWith([line(19899)], [c199]), 1)).toMatchObject({ applicable: false, reason: '还差 ¥0.01 可用', shortfall: 1 });
  });

  it('applies exactly at the threshold, with a labelled summary and per-line shares', () => {
    const r = priceWith([line(9900, { skuId: 1 }), line(10000, { skuId: 2 })], [c199]);
    expect(reportOf(r, 1)).toEqual({ couponId: 1, applicable: true, selected: true, discount: 3000 });
    expect(r.appliedCoupons).toEqual([1]);
    expect(r.discounts).toEqual([{ source: 'coupon', label: '优惠券（满199减30）', amount: 3000, couponId: 1 }]);
    // 3000 split by payable 9900 : 10000 -> 1492.46 : 1507.54 -> 1492 + 1508 (largest remainder)
    expect(r.lines.map((l) => l.discounts)).toEqual([
      [{ source: 'coupon', couponId: 1, amount: 1492 }],
      [{ source: 'coupon', couponId: 1, amount: 1508 }],
    ]);
    expect(r.lines.map((l) => l.payable)).toEqual([9900 - 1492, 10000 - 1508]);
    expect(r.discountTotal).toBe(3000);
    expect(r.payableTotal).toBe(19900 - 3000 + 800);
  });

  it('每满 100 减 10 on ¥350 takes ¥30 off; without repeat only ¥10', () => {
    const repeat = coupon({ id: 2, kind: 'threshold_off', value: 1000, threshold: 10000, repeat: true });
    expect(priceWith([line(35000)], [repeat]).discountTotal).toBe(3000);
    const once = coupon({ id: 3, kind: 'threshold_off', value: 1000, threshold: 10000 });
    expect(priceWith([line(35000)], [once]).discountTotal).toBe(1000);
  });

  it('a cap limits a repeating coupon', () => {
    const capped = coupon({ id: 4, kind: 'threshold_off', value: 1000, threshold: 10000, repeat: true, cap: 2000 });
    expect(priceWith([line(35000)], [capped]).discountTotal).toBe(2000);
  });
});

describe('coupons: percent_off and amount_off', () => {
  it('85折 is rounded down to the fen and capped', () => {
    const uncapped = coupon({ id: 1, kind: 'percent_off', value: 85 });
    // 33333 * 15% = 4999.95 -> 4999
    expect(priceWith([line(33333)], [uncapped]).discountTotal).toBe(4999);
    const capped = coupon({ id: 2, kind: 'percent_off', value: 85, cap: 5000 });
    expect(priceWith([line(50000)], [capped]).discountTotal).toBe(5000); // 7500 without the cap
    expect(priceWith([line(20000)], [capped]).discountTotal).toBe(3000); // below the cap
  });

  it('amount_off needs no threshold but never takes more than the eligible amount', () => {
    const tenOff = coupon({ id: 1, kind: 'amount_off', value: 1000 });
    expect(priceWith([line(5000)], [tenOff]).discountTotal).toBe(1000);
    const r = priceWith([line(600)], [tenOff], { fulfillment: 'pickup' });
    expect(r.discountTotal).toBe(600);
    expect(r.payableTotal).toBe(0);
  });
});

describe('coupons: scope and exclusions', () => {
  const lines = [
    line(10000, { skuId: 1, productId: 11, categoryId: 1 }),
    line(5000, { skuId: 2, productId: 12, categoryId: 2 }),
    line(8000, { skuId: 3 }), // unknown product and category
  ];

  it('a category coupon measures its threshold on that category and splits only over it', () => {
    const cat = coupon({ id: 1, kind: 'threshold_off', value: 3000, threshold: 12000, scope: { kind: 'categories', ids: [1] } });
    const r = priceWith(lines, [cat]);
    // 23000 in the cart, but only 10000 in category 1
    expect(reportOf(r, 1)).toMatchObject({ applicable: false, reasonCode: 'THRESHOLD_NOT_MET', reason: '还差 ¥20.00 可用', shortfall: 2000 });

    const cat2 = coupon({ id: 2, kind: 'percent_off', value: 90, scope: { kind: 'categories', ids: [1, 2] } });
    const r2 = priceWith(lines, [cat2]);
    expect(r2.discountTotal).toBe(1500);
    expect(r2.lines.map((l) => l.discounts.map((d) => d.amount))).toEqual([[1000], [500], []]);
  });

  it('a product coupon on products not in the order is not applicable', () => {
    const other = coupon({ id: 3, kind: 'amount_off', value: 500, scope: { kind: 'products', ids: [99] } });
    expect(reportOf(priceWith(lines, [other]), 3)).toEqual({
      couponId: 3,
      applicable: false,
      selected: false,
      reasonCode: 'NOT_IN_SCOPE',
      reason: '不适用于所选商品',
    });
    const cat = coupon({ id: 4, kind: 'amount_off', value: 500, scope: { kind: 'categories', ids: [3] } });
    expect(reportOf(priceWith(lines, [cat]), 4).reasonCode).toBe('NOT_IN_SCOPE');
  });

  it('excluded products count neither for the threshold nor for the discount', () => {
    const excl = coupon({ id: 5, kind: 'threshold_off', value: 1000, threshold: 20000, excludeProductIds: [12] });
    const r = priceWith(lines, [excl]);
    // 23000 - 5000 excluded = 18000 < 20000
    expect(reportOf(r, 5)).toMatchObject({ reasonCode: 'THRESHOLD_NOT_MET', shortfall: 2000 });

    const excl2 = coupon({ id: 6, kind: 'percent_off', value: 50, excludeProductIds: [11] });
    const r2 = priceWith(lines, [excl2]);
    expect(r2.lines.map((l) => l.discounts.map((d) => d.amount))).toEqual([[], [2500], [4000]]);
  });

  it('excluding every line in scope leaves the coupon out of scope', () => {
    const excl = coupon({ id: 7, kind: 'amount_off', value: 100, scope: { kind: 'products', ids: [11] }, excludeProductIds: [11] });
    expect(reportOf(priceWith(lines, [excl]), 7).reasonCode).toBe('NOT_IN_SCOPE');
  });
});

describe('coupons: status and validity window', () => {
  const base = { kind: 'amount_off', value: 500 } as const;

  it.each([
    ['used', 'NOT_AVAILABLE', '已使用'],
    ['locked', 'NOT_AVAILABLE', '已被待支付订单占用'],
    ['revoked', 'NOT_AVAILABLE', '已作废'],
    ['expired', 'EXPIRED', '已过期'],
  ] as const)('status %s -> %s "%s"', (status, reasonCode, reason) => {
    const r = priceWith([line(5000)], [coupon({ id: 1, ...base, status })]);
    expect(reportOf(r, 1)).toEqual({ couponId: 1, applicable: false, selected: false, reasonCode, reason });
    expect(r.appliedCoupons).toEqual([]);
  });

  it('is usable from validFrom (inclusive) until validUntil (exclusive)', () => {
    const c = coupon({ id: 1, ...base, validFrom: '2025-06-15T12:00:00.000Z', validUntil: '2025-06-15T13:00:00.000Z' });
    const at = (now: string) => reportOf(priceWith([line(5000)], [c], { now }), 1);
    expect(at('2025-06-15T11:59:59.999Z')).toMatchObject({ applicable: false, reasonCode: 'NOT_STARTED', reason: '未到使用时间' });
    expect(at('2025-06-15T12:00:00.000Z')).toMatchObject({ applicable: true });
    expect(at('2025-06-15T20:59:59.999+08:00')).toMatchObject({ applicable: true });
    expect(at('2025-06-15T13:00:00.000Z')).toMatchObject({ applicable: false, reasonCode: 'EXPIRED', reason: '已过期' });
  });

  it('reports the most permanent reason first', () => {
    const usedAndExpired = coupon({ id: 1, ...base, status: 'used', validUntil: '2025-06-02T00:00:00Z' });
    expect(reportOf(priceWith([line(5000)], [usedAndExpired]), 1).reason).toBe('已使用');
    const expiredOutOfScope = coupon({ id: 2, ...base, validUntil: '2025-06-02T00:00:00Z', scope: { kind: 'products', ids: [99] } });
    expect(reportOf(priceWith([line(5000)], [expiredOutOfScope]), 2).reason).toBe('已过期');
  });
});

describe('coupons: group price', () => {
  const groupLines = [line(10000, { skuId: 1, groupPrice: 6000 }), line(20000, { skuId: 2 })];

  it('prices the line at the group price and blocks every coupon and points', () => {
    const goods = coupon({ id: 1, kind: 'amount_off', value: 500 });
    const ship = coupon({ id: 2, kind: 'free_shipping', value: 0 });
    const r = priceWith(groupLines, [goods, ship], {
      member: { pointsBalance: 10_000 },
      points: { use: 1000, rule: { fenPerPoint: 1, maxShareOfGoodsPercent: 50 } },
    });
    expect(r.lines[0]).toMatchObject({ unitPrice: 6000, discounts: [{ source: 'group_price', amount: 4000 }], payable: 6000 });
    expect(r.discounts).toEqual([{ source: 'group_price', label: '拼团价', amount: 4000 }]);
    for (const id of [1, 2]) {
      expect(reportOf(r, id)).toEqual({ couponId: id, applicable: false, selected: false, reasonCode: 'GROUP_PRICE', reason: '拼团商品不可用券' });
    }
    expect(r.appliedCoupons).toEqual([]);
    expect(r.pointsUsed).toBe(0);
    expect(r.pointsUsable).toBe(0);
    expect(r.shippingFee).toBe(800);
  });

  it('rejects group-price coupons that were explicitly chosen', () => {
    const goods = coupon({ id: 1, kind: 'amount_off', value: 500 });
    const r = priceWith(groupLines, [goods], { couponSelection: chosen(1) });
    expect(r.rejectedChosen).toEqual([{ couponId: 1, reasonCode: 'GROUP_PRICE', reason: '拼团商品不可用券' }]);
    expect(r.appliedCoupons).toEqual([]);
  });

  it('a group price replaces member price and tier discount, and never exceeds list price', () => {
    const r = priceOrder(
      order([line(10000, { memberPrice: 5000, groupPrice: 7000 }), line(3000, { groupPrice: 3500 })], {
        member: { tier: { code: 'gold', name: '金卡', discountPercent: 50 } },
      }),
    );
    expect(r.lines[0]).toMatchObject({ unitPrice: 7000, discounts: [{ source: 'group_price', amount: 3000 }] });
    expect(r.lines[1]).toMatchObject({ unitPrice: 3000, discounts: [], payable: 3000 });
  });
});

describe('coupons: free shipping', () => {
  const ship = coupon({ id: 1, name: '免运费券', kind: 'free_shipping', value: 0, threshold: 5000 });

  it('waives the delivery fee when its threshold is met', () => {
    const r = priceWith([line(6000)], [ship]);
    expect(r.shippingFee).toBe(0);
    expect(r.shippingDiscount).toBe(800);
    expect(r.appliedCoupons).toEqual([1]);
    expect(r.discountTotal).toBe(0); // shipping is not a goods discount
    expect(r.payableTotal).toBe(6000);
    expect(reportOf(r, 1)).toEqual({ couponId: 1, applicable: true, selected: true, discount: 800 });
  });

  it('below its threshold it says what is missing', () => {
    const r = priceWith([line(4000)], [ship]);
    expect(reportOf(r, 1)).toMatchObject({ applicable: false, reason: '还差 ¥10.00 可用', shortfall: 1000 });
    expect(r.shippingFee).toBe(800);
    expect(r.shippingDiscount).toBe(0);
  });

  it('is not used on pickup or when delivery is already free', () => {
    const pickup = priceWith([line(6000)], [ship], { fulfillment: 'pickup' });
    expect(reportOf(pickup, 1)).toMatchObject({ applicable: false, reasonCode: 'NO_SHIPPING_FEE', reason: '自提订单无需运费' });
    const free = priceWith([line(6000)], [ship], { shippingRule: { baseFee: 800, freeThreshold: 6000 } });
    expect(reportOf(free, 1)).toMatchObject({ applicable: false, reasonCode: 'NO_SHIPPING_FEE', reason: '本单已免运费' });
    expect(free.appliedCoupons).toEqual([]);
    const chosenFree = priceWith([line(6000)], [ship], { shippingRule: { baseFee: 800, freeThreshold: 6000 }, couponSelection: chosen(1) });
    expect(chosenFree.rejectedChosen).toEqual([{ couponId: 1, reasonCode: 'NO_SHIPPING_FEE', reason: '本单已免运费' }]);
  });

  it('stacks with one goods coupon', () => {
    const goods = coupon({ id: 2, kind: 'amount_off', value: 1000 });
    const r = priceWith([line(6000)], [ship, goods], { couponSelection: chosen(1, 2) });
    expect(r.appliedCoupons).toEqual([2, 1]);
    expect(r.payableTotal).toBe(5000);
    expect(r.rejectedChosen).toEqual([]);
  });
});

describe('coupons: selection', () => {
  it('mode none (the default) applies nothing but still reports every coupon', () => {
    const c = coupon({ id: 1, kind: 'amount_off', value: 500 });
    const r = priceOrder(order([line(5000)], { coupons: [c] }));
    expect(r.appliedCoupons).toEqual([]);
    expect(r.couponReport).toEqual([{ couponId: 1, applicable: true, selected: false, discount: 500 }]);
  });

  it('chosen: a second goods coupon is rejected for stacking, unknown ids are rejected', () => {
    const a = coupon({ id: 1, kind: 'amount_off', value: 500 });
    const b = coupon({ id: 2, kind: 'amount_off', value: 900 });
    const r = priceWith([line(5000)], [a, b], { couponSelection: chosen(1, 2, 77, 1) });
    expect(r.appliedCoupons).toEqual([1]);
    expect(r.rejectedChosen).toEqual([
      { couponId: 2, reasonCode: 'STACKING', reason: '不可与已选优惠券叠加' },
      { couponId: 77, reasonCode: 'NOT_AVAILABLE', reason: '优惠券不存在' },
    ]);
    expect(reportOf(r, 2)).toMatchObject({ applicable: false, reasonCode: 'STACKING' });
    expect(r.discountTotal).toBe(500);
  });

  it('chosen: a second free-shipping coupon is rejected for stacking', () => {
    const s1 = coupon({ id: 1, kind: 'free_shipping', value: 0 });
    const s2 = coupon({ id: 2, kind: 'free_shipping', value: 0 });
    const r = priceWith([line(5000)], [s1, s2], { couponSelection: chosen(2, 1) });
    expect(r.appliedCoupons).toEqual([2]);
    expect(r.rejectedChosen).toEqual([{ couponId: 1, reasonCode: 'STACKING', reason: '不可与已选优惠券叠加' }]);
  });

  it('chosen: an unusable coupon is reported, and the usable one after it still applies', () => {
    const tooHigh = coupon({ id: 1, kind: 'threshold_off', value: 3000, threshold: 19900 });
    const ok = coupon({ id: 2, kind: 'amount_off', value: 300 });
    const r = priceWith([line(16900)], [tooHigh, ok], { couponSelection: chosen(1, 2) });
    expect(r.rejectedChosen).toEqual([{ couponId: 1, reasonCode: 'THRESHOLD_NOT_MET', reason: '还差 ¥30.00 可用', shortfall: 3000 }]);
    expect(r.appliedCoupons).toEqual([2]);
  });

  it('best: picks the coupon with the lowest payable, and says what the others would save', () => {
    const small = coupon({ id: 1, kind: 'amount_off', value: 500 });
    const big = coupon({ id: 2, kind: 'percent_off', value: 80 });
    const r = priceWith([line(10000)], [small, big]);
    expect(r.appliedCoupons).toEqual([2]);
    expect(r.couponReport).toEqual([
      { couponId: 1, applicable: true, selected: false, discount: 500 },
      { couponId: 2, applicable: true, selected: true, discount: 2000 },
    ]);
  });

  it('best: a bigger discount that loses free delivery can be the worse choice', () => {
    const rule = { baseFee: 800, freeThreshold: 9900 };
    const keepsFree = coupon({ id: 1, kind: 'amount_off', value: 50 });
    const losesFree = coupon({ id: 2, kind: 'amount_off', value: 200 });
    const r = priceWith([line(10000)], [keepsFree, losesFree], { shippingRule: rule });
    expect(r.appliedCoupons).toEqual([1]);
    expect(r.payableTotal).toBe(9950); // vs 9800 + 800
  });

  it('best: combines the best goods coupon with a free-shipping coupon', () => {
    const goods = coupon({ id: 1, kind: 'amount_off', value: 500 });
    const ship = coupon({ id: 2, kind: 'free_shipping', value: 0 });
    const r = priceWith([line(5000)], [ship, goods]);
    expect(r.appliedCoupons).toEqual([1, 2]);
    expect(r.payableTotal).toBe(4500);
  });

  it('best: ties go to the coupon expiring first, then the lowest id', () => {
    const late = coupon({ id: 1, kind: 'amount_off', value: 500, validUntil: '2025-06-30T00:00:00Z' });
    const soon = coupon({ id: 2, kind: 'amount_off', value: 500, validUntil: '2025-06-20T00:00:00Z' });
    const soonToo = coupon({ id: 3, kind: 'amount_off', value: 500, validUntil: '2025-06-20T00:00:00Z' });
    expect(priceWith([line(5000)], [late, soonToo, soon]).appliedCoupons).toEqual([2]);
    const shipLate = coupon({ id: 4, kind: 'free_shipping', value: 0, validUntil: '2025-06-30T00:00:00Z' });
    const shipSoon = coupon({ id: 5, kind: 'free_shipping', value: 0, validUntil: '2025-06-20T00:00:00Z' });
    expect(priceWith([line(5000)], [shipLate, shipSoon]).appliedCoupons).toEqual([5]);
  });

  it('best: never spends a coupon that saves nothing', () => {
    const nothing = coupon({ id: 1, kind: 'percent_off', value: 100 });
    const r = priceWith([line(5000)], [nothing]);
    expect(r.appliedCoupons).toEqual([]);
    expect(reportOf(r, 1)).toEqual({ couponId: 1, applicable: true, selected: false, discount: 0 });
  });

  it('coupons apply on the prices after member price and tier discount', () => {
    const c = coupon({ id: 1, kind: 'threshold_off', value: 1000, threshold: 10000 });
    const r = priceWith([line(10500, { memberPrice: 9900 })], [c]);
    expect(reportOf(r, 1)).toMatchObject({ applicable: false, shortfall: 100 });
    const guest = priceWith([line(10500, { memberPrice: 9900 })], [c], { isMember: false });
    expect(guest.appliedCoupons).toEqual([1]);
  });
});

import type { OrderPreviewView } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { pricingCoupon } from '../../test/fixtures';
import { INITIAL_CHOICE, breakdownRows, checkoutSource, couponRows, couponSlot, couponSummary, orderBody, submissionBody, tapCoupon } from './checkout';

const coupon = (id: number, kind: 'threshold_off' | 'amount_off' | 'free_shipping', fields: Parameters<typeof pricingCoupon>[1] = {}) => pricingCoupon(id, { kind, value: 1000, threshold: null, ...fields });

describe('checkout request', () => {
  it('reads buy-now parameters, and anything else as the cart', () => {
    expect(checkoutSource({ skuId: '4', qty: '2', productId: '2' })).toEqual({ kind: 'buy_now', skuId: 4, qty: 2, productId: 2 });
    expect(checkoutSource({})).toEqual({ kind: 'cart' });
    expect(checkoutSource({ skuId: 'x', productId: '2' })).toEqual({ kind: 'cart' });
  });

  it('builds the body only once the address or store is known', () => {
    expect(orderBody({ kind: 'cart' }, INITIAL_CHOICE, 0)).toBeNull();
    expect(orderBody({ kind: 'cart' }, { ...INITIAL_CHOICE, fulfillment: 'pickup', addressId: 3 }, 0)).toBeNull();
    expect(orderBody({ kind: 'cart' }, { ...INITIAL_CHOICE, addressId: 3, buyerNote: ' 放门口 ' }, 500)).toEqual({
      fromCart: true,
      fulfillment: { type: 'delivery', addressId: 3 },
      coupons: { mode: 'best' },
      points: 0,
      buyerNote: '放门口',
    });
  });

  it('asks for the whole balance when points are on (the server caps it)', () => {
    const body = orderBody({ kind: 'buy_now', skuId: 4, qty: 1, productId: 2 }, { ...INITIAL_CHOICE, fulfillment: 'pickup', storeId: 2, usePoints: true }, 1234);
    expect(body).toMatchObject({ lines: [{ skuId: 4, qty: 1 }], fulfillment: { type: 'pickup', storeId: 2 }, points: 1234 });
  });

  it('submits exactly the points the preview used, which the server accepts', () => {
    const body = orderBody({ kind: 'cart' }, { ...INITIAL_CHOICE, addressId: 1, usePoints: true }, 5000)!;
    expect(submissionBody(body, { pointsUsed: 700 })).toEqual({ ...body, points: 700 });
    expect(submissionBody({ ...body, points: 0 }, { pointsUsed: 0 }).points).toBe(0);
  });
});

describe('coupon picker', () => {
  const held = [coupon(1, 'threshold_off', { threshold: 9900 }), coupon(2, 'amount_off'), coupon(3, 'free_shipping', { value: 0 }), coupon(99, 'amount_off', { status: 'used' })];
  const preview = {
    coupons: held,
    couponReport: [
      { couponId: 1, applicable: false, selected: false, reasonCode: 'THRESHOLD_NOT_MET' as const, reason: '还差 ¥12.00 可用', shortfall: 1200 },
      { couponId: 2, applicable: true, selected: true, discount: 1000 },
      { couponId: 3, applicable: true, selected: false, discount: 1000 },
      { couponId: 99, applicable: false, selected: false, reason: '已使用' },
    ],
  };

  it('splits coupons into usable and unusable with the server reason, leaving out used ones', () => {
    const rows = couponRows(preview);
    expect(rows.usable.map((r) => r.coupon.id)).toEqual([2, 3]);
    expect(rows.unusable).toEqual([expect.objectContaining({ coupon: held[0], reason: '还差 ¥12.00 可用', applicable: false })]);
  });

  it('swaps a coupon for another of its kind and keeps the other kind', () => {
    expect(tapCoupon([2, 3], held, 1)).toEqual({ mode: 'chosen', ids: [3, 1] });
    expect(tapCoupon([2], held, 3)).toEqual({ mode: 'chosen', ids: [2, 3] });
    expect(tapCoupon([2, 3], held, 2)).toEqual({ mode: 'chosen', ids: [3] });
    expect(couponSlot('free_shipping')).toBe('shipping');
    expect(couponSlot('percent_off')).toBe('goods');
  });

  it('summarises the coupon row', () => {
    const base = { couponReport: preview.couponReport, discounts: [], shippingDiscount: 0 };
    expect(couponSummary({ ...base, appliedCoupons: [] })).toBe('2 张可用');
    expect(couponSummary({ ...base, couponReport: [], appliedCoupons: [] })).toBe('暂无可用');
    expect(couponSummary({ ...base, appliedCoupons: [2, 3], shippingDiscount: 1000, discounts: [{ source: 'coupon', label: '优惠券（券2）', amount: 1000, couponId: 2 }] })).toBe('已选 2 张，省¥20.00');
  });
});

describe('price breakdown', () => {
  const preview: Pick<OrderPreviewView, 'itemsTotal' | 'discounts' | 'shippingFee' | 'shippingDiscount' | 'fulfillment'> = {
    itemsTotal: 15900,
    discounts: [
      { source: 'coupon', label: '优惠券（新人券）', amount: 2000, couponId: 1 },
      { source: 'points', label: '积分抵扣', amount: 300 },
    ],
    shippingFee: 0,
    shippingDiscount: 1000,
    fulfillment: { type: 'delivery', address: null, store: null, eta: null },
  };

  it('lists the server figures row for row, shipping before its coupon', () => {
    expect(breakdownRows(preview)).toEqual([
      { label: '商品金额', amount: 15900, kind: 'charge' },
      { label: '优惠券（新人券）', amount: 2000, kind: 'discount' },
      { label: '积分抵扣', amount: 300, kind: 'discount' },
      { label: '运费', amount: 1000, kind: 'charge' },
      { label: '运费券', amount: 1000, kind: 'discount' },
    ]);
  });

  it('has no shipping rows for pickup', () => {
    expect(breakdownRows({ ...preview, shippingDiscount: 0, fulfillment: { type: 'pickup', address: null, store: null, eta: null } }).map((r) => r.label)).toEqual(['商品金额', '优惠券（新人券）', '积分抵扣']);
  });
});

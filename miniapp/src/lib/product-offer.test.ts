import type { PricingContext } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { pricingCoupon as coupon } from '../../test/fixtures';
import { productOffer } from './product-offer';

const context: PricingContext = {
  shippingRule: { baseFee: 1000, freeThreshold: 9900 },
  pointsRule: { fenPerPoint: 1, maxShareOfGoodsPercent: 50 },
  member: { tier: null, pointsBalance: 0 },
  coupons: [
    coupon(1, { name: '新人券 满99减20' }),
    coupon(2, { name: '满199减30', value: 3000, threshold: 19900 }),
    coupon(3, { name: '新人包邮券', kind: 'free_shipping', value: 0, threshold: null }),
  ],
  now: '2026-11-23T00:00:00Z',
};

describe('product offer', () => {
  it('prices one unit with member price and the best coupon, as checkout will', () => {
    const offer = productOffer(context, { id: 2, categoryId: 1 }, { id: 4, price: 15900, memberPrice: 14900 }, '2026-11-23T01:00:00Z');
    expect(offer.finalPrice).toBe(14900 - 2000);
    expect(offer.saving).toBe(3000);
    expect(offer.usable).toEqual(['新人券 满99减20']);
    expect(offer.almost).toEqual([{ name: '满199减30', reason: expect.stringContaining('还差') }]);
  });

  it('has no saving for a guest-like context without coupons or member price', () => {
    const offer = productOffer({ ...context, coupons: [] }, { id: 2, categoryId: 1 }, { id: 4, price: 4900, memberPrice: null }, '2026-11-23T01:00:00Z');
    expect(offer).toEqual({ finalPrice: 4900, saving: 0, usable: [], almost: [] });
  });
});

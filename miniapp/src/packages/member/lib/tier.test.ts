import type { MemberTierView } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { growthProgress, tierBenefits } from './tier';

const tier = (fields: Partial<MemberTierView>): MemberTierView => ({
  id: 1, code: 'silver', name: '银卡', growthThreshold: 1000, discountPercent: null, freeShippingThreshold: null, birthdayCouponTemplateId: null, sortOrder: 10, ...fields,
});

describe('growth progress', () => {
  it('measures from the current tier to the next one', () => {
    const progress = growthProgress({ tier: tier({ growthThreshold: 1000 }), growth: 2000, nextTier: { code: 'gold', name: '金卡', growthThreshold: 5000, growthNeeded: 3000 } });
    expect(progress).toEqual({ percent: 25, text: '再获得 3000 成长值升级为金卡' });
  });

  it('starts from zero without a tier', () => {
    expect(growthProgress({ tier: null, growth: 500, nextTier: { code: 'silver', name: '银卡', growthThreshold: 1000, growthNeeded: 500 } }).percent).toBe(50);
  });

  it('is full at the top tier', () => {
    expect(growthProgress({ tier: tier({}), growth: 99_999, nextTier: null }).percent).toBe(100);
  });
});

describe('tier benefits', () => {
  it('lists discount, free shipping and the birthday coupon when the tier has them', () => {
    expect(tierBenefits(tier({ discountPercent: 98, freeShippingThreshold: 6900, birthdayCouponTemplateId: 4 }))).toEqual(['会员折扣 9.8折', '满¥69包邮', '生日礼券', '购物赚积分']);
    expect(tierBenefits(tier({ freeShippingThreshold: 0 }))).toEqual(['全场包邮', '购物赚积分']);
  });

  it('still says what every member gets', () => {
    expect(tierBenefits(null)).toEqual(['购物赚积分']);
  });
});

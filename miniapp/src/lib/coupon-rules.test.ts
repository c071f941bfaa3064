import { describe, expect, it } from 'vitest';
import { couponFace, couponRuleText, couponScopeText, couponThresholdText, discountText, expiresSoon, instanceValidityText, templateValidityText, yuan, type CouponRule } from './coupon-rules';

const rule = (fields: Partial<CouponRule> & Pick<CouponRule, 'kind' | 'value'>): CouponRule => ({ threshold: null, repeat: false, cap: null, ...fields });

describe('coupon rule texts', () => {
  it('drops .00 from whole yuan but keeps real cents', () => {
    expect(yuan(19900)).toBe('¥199');
    expect(yuan(19950)).toBe('¥199.50');
    expect(yuan(5)).toBe('¥0.05');
  });

  it('turns the percent paid into 折', () => {
    expect(discountText(85)).toBe('8.5折');
    expect(discountText(90)).toBe('9折');
    expect(discountText(88)).toBe('8.8折');
  });

  it('says each kind the way shoppers know it', () => {
    expect(couponRuleText(rule({ kind: 'threshold_off', value: 3000, threshold: 19900 }))).toBe('满¥199减¥30');
    expect(couponRuleText(rule({ kind: 'threshold_off', value: 1000, threshold: 10000, repeat: true, cap: 5000 }))).toBe('每满¥100减¥10，最多减¥50');
    expect(couponRuleText(rule({ kind: 'percent_off', value: 85, cap: 5000 }))).toBe('8.5折，最多减¥50');
    expect(couponRuleText(rule({ kind: 'percent_off', value: 85, threshold: 30000 }))).toBe('满¥300享8.5折');
    expect(couponRuleText(rule({ kind: 'amount_off', value: 500 }))).toBe('无门槛减¥5');
    expect(couponRuleText(rule({ kind: 'free_shipping', value: 0 }))).toBe('包邮');
    expect(couponRuleText(rule({ kind: 'free_shipping', value: 0, threshold: 9900 }))).toBe('满¥99包邮');
  });

  it('puts the headline figure and the threshold on the ticket face', () => {
    expect(couponFace(rule({ kind: 'threshold_off', value: 3000, threshold: 19900 }))).toBe('¥30');
    expect(couponFace(rule({ kind: 'percent_off', value: 85 }))).toBe('8.5折');
    expect(couponFace(rule({ kind: 'free_shipping', value: 0 }))).toBe('包邮');
    expect(couponThresholdText(rule({ kind: 'threshold_off', value: 3000, threshold: 19900 }))).toBe('满¥199可用');
    expect(couponThresholdText(rule({ kind: 'amount_off', value: 500 }))).toBe('无门槛');
  });

  it('names the scope and mentions exclusions', () => {
    expect(couponScopeText({ kind: 'all' })).toBe('全场通用');
    expect(couponScopeText({ kind: 'categories', ids: [1] })).toBe('限指定分类商品');
    expect(couponScopeText({ kind: 'categories', ids: [1, 3] }, 0, new Map([[1, '上衣'], [3, '配饰']]))).toBe('限 上衣、配饰 可用');
    expect(couponScopeText({ kind: 'categories', ids: [1] }, 1, new Map([[1, '上衣']]))).toBe('限 上衣 可用（部分商品除外）');
    expect(couponScopeText({ kind: 'products', ids: [1, 2] }, 0)).toBe('限指定商品');
    expect(couponScopeText({ kind: 'all' }, 2)).toBe('全场通用（部分商品除外）');
  });

  it('shows the last valid day of a fixed window whose end is exclusive', () => {
    const from = new Date(2026, 10, 1).toISOString();
    const until = new Date(2026, 11, 1).toISOString();
    expect(templateValidityText({ kind: 'fixed', from, until })).toBe('2026-11-01 至 2026-11-30');
    expect(templateValidityText({ kind: 'relative', days: 30 })).toBe('领取后30天内有效');
    expect(instanceValidityText(new Date(2026, 11, 23, 14, 5).toISOString())).toBe('2026-12-23 14:05 到期');
  });

  it('marks coupons that run out within three days', () => {
    const now = Date.parse('2026-11-23T00:00:00Z');
    expect(expiresSoon('2026-11-25T00:00:00Z', now)).toBe(true);
    expect(expiresSoon('2026-11-27T00:00:00Z', now)).toBe(false);
    expect(expiresSoon('2026-11-22T00:00:00Z', now)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { couponPush, couponStats, couponTemplate } from '../testing/coupon-fixtures';
import { audienceText, claimWindowText, couponStatFigures, couponTemplateFacts, issuedText, pushFinished, pushProgressText, rateText, roiText, sourceBreakdownText } from './coupon-text';

describe('coupon template texts', () => {
  it("states a template's rules in the words its coupon shows shoppers", () => {
    expect(couponTemplateFacts(couponTemplate())).toEqual(['满¥299减¥40', '全场通用', '领取后7天内有效', '所有会员', '每人限领 1 张', '领取时间不限']);
    const facts = couponTemplateFacts(
      couponTemplate({ kind: 'percent_off', value: 85, threshold: null, cap: 5000, scope: { kind: 'categories', ids: [1] }, audience: { kind: 'tiers', codes: ['gold'] }, perMemberLimit: 2, welcome: true }),
      { tierNames: new Map([['gold', '金卡']]) },
    );
    expect(facts).toEqual(['8.5折，最多减¥50', '限指定分类商品', '领取后7天内有效', '限金卡会员', '每人限领 2 张', '领取时间不限', '新人礼包']);
    expect(couponTemplateFacts(couponTemplate({ staffHandout: true })).at(-1)).toBe('门店发放');
    expect(issuedText(couponTemplate())).toBe('已发 120 / 1000 张');
  });

  it('names the categories a category-scoped template is for, once their names are known', () => {
    const scoped = couponTemplate({ scope: { kind: 'categories', ids: [1, 3] }, excludeProductIds: [9] });
    expect(couponTemplateFacts(scoped, { categoryNames: new Map([[1, '上衣'], [3, '配饰']]) })[1]).toBe('限 上衣、配饰 可用（部分商品除外）');
    // A name not (yet) known: the generic words, never a bare id.
    expect(couponTemplateFacts(scoped, { categoryNames: new Map([[1, '上衣']]) })[1]).toBe('限指定分类商品（部分商品除外）');
  });

  it('says who may claim and when', () => {
    expect(audienceText({ kind: 'new_members', withinDays: 7 })).toBe('注册 7 天内的新会员');
    expect(claimWindowText({ claimStartsAt: new Date(2026, 11, 1, 10).toISOString(), claimEndsAt: null })).toBe('2026-12-01 10:00 起可领');
    expect(claimWindowText({ claimStartsAt: null, claimEndsAt: new Date(2026, 11, 31).toISOString() })).toBe('领取截至 2026-12-31 00:00');
  });

  it('shows the numbers with ROI as GMV per yuan of discount', () => {
    expect(couponStatFigures(couponStats()).map((f) => `${f.label} ${f.value}`)).toEqual(['已发放 120', '已使用 30', '使用率 25.0%', '带动 GMV ¥10,200.00', '优惠金额 ¥1,200.00', 'ROI 8.5', '新客触达 12']);
    expect(roiText({ gmv: 0, discountGiven: 0 })).toBe('—');
    expect(rateText(1 / 3)).toBe('33.3%');
    expect(sourceBreakdownText(couponStats())).toBe('领券中心 100 · 兑换码 20');
  });

  it("follows a push's progress", () => {
    expect(pushProgressText(couponPush())).toBe('排队中 · 目标 1 人，已处理 0，发放 0 · 1 个手机号不是会员');
    expect(pushProgressText(couponPush({ status: 'done', unmatched: 0, total: 120, processed: 120, issued: 118, skipped: 2 }))).toBe('已完成 · 目标 120 人，已处理 120，发放 118，跳过 2（已领满或不符合条件）');
    expect(pushFinished(couponPush({ status: 'running' }))).toBe(false);
    expect(pushFinished(couponPush({ status: 'failed' }))).toBe(true);
  });
});

import type { StaffCouponQuotaView, StaffCouponView, StaffCouponsView } from '@shop/shared';
import { couponRuleText, couponScopeText, templateValidityText } from '../../../lib/coupon-rules';

/** A handout coupon's rules in the words the member will read on it: "满¥199减¥30 · 全场通用". */
export function handoutRuleText(coupon: StaffCouponView): string {
  return `${couponRuleText(coupon)} · ${couponScopeText(coupon.scope)}`;
}

/** Its limits: "领取后7天内有效 · 每人限领 1 张 · 剩余 48 张". */
export function handoutLimitsText(coupon: StaffCouponView): string {
  return `${templateValidityText(coupon.validity)} · 每人限领 ${coupon.perMemberLimit} 张 · 剩余 ${coupon.remaining} 张`;
}

/** Today's quota: "今日还可发 19 张（每天 20 张）", or that it is used up. */
export function quotaText(quota: StaffCouponQuotaView): string {
  return quota.remaining > 0 ? `今日还可发 ${quota.remaining} 张（每天 ${quota.limit} 张）` : `今日发券已达上限（每天 ${quota.limit} 张）`;
}

/** The list after a grant: the server's quota, and one fewer of that coupon left. */
export function afterGrant(view: StaffCouponsView, templateId: number, quota: StaffCouponQuotaView): StaffCouponsView {
  return { quota, items: view.items.map((c) => (c.templateId === templateId ? { ...c, remaining: Math.max(0, c.remaining - 1) } : c)) };
}

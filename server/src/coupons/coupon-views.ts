import type { CouponInstanceView, CouponTemplateView, PricingCoupon } from '@shop/shared';
import type { CouponTemplate } from './coupon-template.entity.js';
import type { CouponInstance } from './coupon-instance.entity.js';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** What a coupon does, the same in every view of it and in the pricing engine's input. */
export function couponRules(t: CouponTemplate): Pick<CouponTemplate, 'name' | 'kind' | 'value' | 'threshold' | 'repeat' | 'cap' | 'scope'> {
  return { name: t.name, kind: t.kind, value: t.value, threshold: t.threshold, repeat: t.repeat, cap: t.cap, scope: t.scope };
}

export function templateView(t: CouponTemplate, sharedCode: string | null): CouponTemplateView {
  return {
    id: t.id,
    ...couponRules(t),
    excludeProductIds: t.excludeProductIds,
    audience: t.audience,
    totalQuantity: t.totalQuantity,
    perMemberLimit: t.perMemberLimit,
    issuedCount: t.issuedCount,
    claimStartsAt: iso(t.claimStartsAt),
    claimEndsAt: iso(t.claimEndsAt),
    validity: t.validity,
    welcome: t.welcome,
    claimCentre: t.claimCentre,
    staffHandout: t.staffHandout,
    status: t.status,
    sharedCode,
    createdBy: t.createdBy,
    createdAt: new Date(t.createdAt).toISOString(),
    updatedAt: new Date(t.updatedAt).toISOString(),
  };
}

/** The instance as the pricing engine takes it: `id` is the instance id, template rules copied in. */
export function pricingCoupon(i: CouponInstance, t: CouponTemplate): PricingCoupon {
  return {
    id: i.id,
    templateId: t.id,
    ...couponRules(t),
    excludeProductIds: t.excludeProductIds,
    validFrom: new Date(i.validFrom).toISOString(),
    validUntil: new Date(i.validUntil).toISOString(),
    status: i.status,
  };
}

export function instanceView(i: CouponInstance, t: CouponTemplate): CouponInstanceView {
  const { id: _id, templateId: _t, status: _s, validFrom, validUntil, ...rules } = pricingCoupon(i, t);
  return {
    id: i.id,
    templateId: t.id,
    ...rules,
    threshold: t.threshold,
    repeat: t.repeat,
    cap: t.cap,
    excludeProductIds: t.excludeProductIds,
    status: i.status,
    validFrom,
    validUntil,
    source: i.source,
    orderId: i.orderId,
    createdAt: new Date(i.createdAt).toISOString(),
  };
}
